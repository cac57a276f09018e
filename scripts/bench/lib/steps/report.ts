/**
 * Step 11: every measurement as one Results record, judged by the goals, printed, and written
 * to JSON (--json) and docs/benchmarks.md (full-size runs only).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { MachineInfo } from '../machine.js';
import { machineInfo, uptimeLine } from '../machine.js';
import type { PgBaselineBuild } from '../pg-baseline.js';
import { evaluateGoals, printSummary, writeBenchmarksDoc } from '../report.js';
import type { PhaseRecord, QueryRow, Results } from '../results.js';
import type { BenchContext, Say } from '../run.js';
import type { BenchOptions } from '../options.js';
import type { LoadedDataset } from './dataset.js';
import type { RawIndexing } from './raw-index.js';

/** When and on what the run started. */
export interface RunStart {
  startedAt: string;
  /** performance.now() at the start. */
  startedMs: number;
  machine: MachineInfo;
  uptimeBefore: string;
}

export interface RunEnd {
  finishedAt: string;
  totalMs: number;
  uptimeAfter: string;
}

/** What the steps measured. */
export interface Measurements {
  dataset: LoadedDataset;
  rawIndexing: RawIndexing;
  reindex: Results['reindex'];
  smes: { count: number; setupMs: number };
  pgBuild: PgBaselineBuild | null;
  parity: Results['parity'];
  search: Results['search'];
  perQuery: QueryRow[];
  matches: Results['matches'];
  approvals: Results['approvals'];
  phases: PhaseRecord[];
}

export function beginRun(say: Say): RunStart {
  const startedMs = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const uptimeBefore = uptimeLine();
  say(
    `machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.ramGiB} GiB; ${uptimeBefore}`,
  );
  return { startedAt, startedMs, machine, uptimeBefore };
}

export function endRun(start: RunStart): RunEnd {
  const uptimeAfter = uptimeLine();
  return {
    finishedAt: new Date().toISOString(),
    totalMs: performance.now() - start.startedMs,
    uptimeAfter,
  };
}

/** The Results record (goals not yet evaluated). */
export function assembleResults(
  opts: BenchOptions,
  start: RunStart,
  end: RunEnd,
  m: Measurements,
): Results {
  const { rawSequential } = m.rawIndexing;
  return {
    startedAt: start.startedAt,
    finishedAt: end.finishedAt,
    totalMs: end.totalMs,
    machine: start.machine,
    uptimeBefore: start.uptimeBefore,
    uptimeAfter: end.uptimeAfter,
    dataset: {
      offerings: opts.offerings,
      providers: m.dataset.providers,
      smes: m.smes.count,
      generateMs: m.dataset.generateMs,
      insertMs: m.dataset.insertMs,
      meanDocumentBytes: m.dataset.batches.bytes / opts.offerings,
      offeringsTableMb: m.dataset.offeringsTableMb,
    },
    rawIndex: m.rawIndexing.raw,
    rawSequential:
      rawSequential === null ? null : { ms: rawSequential.ms, timeline: rawSequential.timeline },
    reindex: m.reindex,
    pgBuild: m.pgBuild,
    parity: m.parity,
    search: m.search,
    perQuery: m.perQuery,
    matches: m.matches,
    smeSetupMs: m.smes.setupMs,
    approvals: m.approvals,
    phases: m.phases,
    goals: [],
    experiments: {
      indexExperiments: m.rawIndexing.indexExperiments,
    },
  };
}

/** Evaluates the goals, prints the summary, writes --json and (full-size runs) the doc. */
export async function publishResults(
  ctx: Pick<BenchContext, 'opts' | 'say'>,
  results: Results,
  docFile: string,
  root: string,
): Promise<void> {
  const { opts, say } = ctx;
  results.goals = evaluateGoals(results);
  process.stdout.write(`\n${printSummary(results)}\n`);
  if (opts.json !== undefined) {
    writeFileSync(opts.json, `${JSON.stringify(results, null, 2)}\n`);
    say(`wrote ${opts.json}`);
  }
  const experimental = opts.indexExperiments || opts.skipPg;
  if (opts.write) {
    await writeBenchmarksDoc(docFile, results, experimental ? 'experiments' : 'results');
    say(`updated ${path.relative(root, docFile)}`);
  } else {
    say('docs/benchmarks.md not written (--no-write or a non-default --offerings)');
  }
}
