/** One measured load run: a fixed-concurrency phase over its own keep-alive client. */
import { type HttpClient, type RunResult, runFixedConcurrency } from './http.js';
import { groupStats, loadLine } from './load-stats.js';
import type { LoadRun } from './results.js';
import type { BenchContext } from './run.js';
import type { QueryGroup } from './workload.js';

export type Operation = (i: number, client: HttpClient) => Promise<{ ms: number; ok: boolean }>;

export interface LoadSpec {
  /** The row name in the report (kept stable: docs/benchmarks.md compares runs by it). */
  label: string;
  concurrency: number;
  requests: number;
  warmup: number;
  maxMs: number;
  /** Where the client connects. */
  base: string;
  op: Operation;
  groupOf: (item: number) => QueryGroup | null;
}

export async function runLoad(
  ctx: BenchContext,
  spec: LoadSpec,
): Promise<{ run: LoadRun; raw: RunResult }> {
  const { label, concurrency, requests, warmup, maxMs } = spec;
  const client = ctx.httpClient(spec.base, concurrency);
  const { value, record } = await ctx.phases.run(label, () =>
    runFixedConcurrency({ concurrency, warmup, requests, maxMs, signal: ctx.signal }, (i) =>
      spec.op(i, client),
    ),
  );
  client.close();
  ctx.say(loadLine(value.stats, value.truncated));
  return {
    run: {
      label,
      concurrency,
      stats: value.stats,
      truncated: value.truncated,
      byGroup: groupStats(value, spec.groupOf),
      cpu: record.cpu,
    },
    raw: value,
  };
}
