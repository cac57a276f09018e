/**
 * Named phases of a benchmark run: each is timed, its CPU use per process tree and the load
 * average around it are recorded, and progress is reported. The clock and the meters are
 * injected, so the bookkeeping is testable without a machine or a wall clock.
 */
import type { CpuSnapshot, CpuUsage } from './machine.js';
import type { PhaseRecord } from './results.js';

export type Say = (message: string) => void;

export interface PhaseProbes {
  /** Milliseconds on a monotonic clock (performance.now). */
  now: () => number;
  loadAverage: () => [number, number, number];
  cpu: { snapshot(): CpuSnapshot; usage(from: CpuSnapshot, to: CpuSnapshot): CpuUsage };
}

export interface PhaseOutcome<T> {
  value: T;
  record: PhaseRecord;
}

/** The line reported when a phase ends: its wall time and the cores each part used. */
export function phaseLine(record: PhaseRecord): string {
  const c = record.cpu.cores;
  return `${record.name}: ${(record.wallMs / 1000).toFixed(1)} s; cores used: api ${c.api.toFixed(2)}, meili ${c.meilisearch.toFixed(2)}, pg ${c.postgres.toFixed(2)}, bench ${c.bench.toFixed(2)}, others ${c.others.toFixed(2)}`;
}

export class Phases {
  /** Every phase run so far, in order. */
  readonly records: PhaseRecord[] = [];

  constructor(
    private readonly probes: PhaseProbes,
    private readonly say: Say,
    private readonly checkAborted: () => void,
  ) {}

  async run<T>(name: string, fn: () => Promise<T>): Promise<PhaseOutcome<T>> {
    this.checkAborted();
    const { now, loadAverage, cpu } = this.probes;
    const loadBefore = loadAverage();
    const before = cpu.snapshot();
    const started = now();
    this.say(`${name} …`);
    const value = await fn();
    const record: PhaseRecord = {
      name,
      wallMs: now() - started,
      loadBefore,
      loadAfter: loadAverage(),
      cpu: cpu.usage(before, cpu.snapshot()),
    };
    this.records.push(record);
    this.say(phaseLine(record));
    return { value, record };
  }
}
