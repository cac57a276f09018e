/** Latency statistics of a load run, by query group and by query, and how a run is reported. */
import { type LatencyStats, type RunResult, summarise } from './http.js';
import type { GroupStats } from './results.js';
import type { QueryGroup } from './workload.js';

/** p50/p95 of the successful samples of each group (`groupOf` null: not grouped). */
export function groupStats(
  run: RunResult,
  groupOf: (item: number) => QueryGroup | null,
): Partial<Record<QueryGroup, GroupStats>> {
  const by = new Map<QueryGroup, number[]>();
  for (const s of run.samples) {
    const g = groupOf(s.item);
    if (g === null || !s.ok) continue;
    const list = by.get(g) ?? [];
    list.push(s.ms);
    by.set(g, list);
  }
  const out: Partial<Record<QueryGroup, GroupStats>> = {};
  for (const [g, list] of by) {
    const st = summarise(list, 0, 0);
    out[g] = { n: st.n, p50: st.p50, p95: st.p95 };
  }
  return out;
}

/** p50 of the successful samples of each workload item, items taken modulo `period`. */
export function perItemP50(run: RunResult, period: number): Map<number, number> {
  const by = new Map<number, number[]>();
  for (const s of run.samples) {
    if (!s.ok) continue;
    const k = s.item % period;
    const list = by.get(k) ?? [];
    list.push(s.ms);
    by.set(k, list);
  }
  return new Map([...by].map(([k, list]) => [k, summarise(list, 0, 0).p50]));
}

const CUT_SHORT = ' (cut short by the time bound)';

/** The progress line after a load run. */
export function loadLine(s: LatencyStats, truncated: boolean): string {
  return `  n=${s.n} errors=${s.errors} p50=${s.p50.toFixed(1)} p95=${s.p95.toFixed(1)} p99=${s.p99.toFixed(1)} ms, ${s.rps.toFixed(0)} req/s${truncated ? CUT_SHORT : ''}`;
}

/** The progress line after the PostgreSQL baseline run (no errors or throughput). */
export function baselineLine(s: LatencyStats, truncated: boolean): string {
  return `  n=${s.n} p50=${s.p50.toFixed(1)} p95=${s.p95.toFixed(1)} p99=${s.p99.toFixed(1)} ms${truncated ? CUT_SHORT : ''}`;
}
