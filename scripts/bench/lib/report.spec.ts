import { describe, expect, it } from '@jest/globals';

import type { LatencyStats } from './http.js';
import { RUN_LABELS } from './labels.js';
import type { CpuUsage } from './machine.js';
import type { TaskTimeline } from './meili.js';
import { evaluateGoals, printSummary } from './report.js';
import type { LoadRun, Results } from './results.js';

function stats(p95: number, n = 100): LatencyStats {
  return {
    n,
    errors: 0,
    p50: p95 / 2,
    p95,
    p99: p95 * 1.5,
    mean: p95 / 2,
    max: p95 * 2,
    rps: 1000 / p95,
    wallMs: 1000,
  };
}

const cpu: CpuUsage = {
  seconds: 1,
  cores: { api: 0.5, meilisearch: 0.25, postgres: 0.1, bench: 0.2, others: 0 },
  systemBusy: 0.5,
};

function run(label: string, concurrency: number, p95: number): LoadRun {
  return { label, concurrency, stats: stats(p95), truncated: false, byGroup: {}, cpu };
}

const timeline: TaskTimeline = {
  tasks: 50,
  documents: 100_000,
  spanMs: 20_000,
  busyMs: 18_000,
  sumDurationMs: 18_000,
  batches: 5,
  meanGapMs: 2,
};

/** A run that meets every goal; `over` replaces parts of it. */
function results(over: Partial<Results> = {}): Results {
  const base: Results = {
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:10:00.000Z',
    totalMs: 600_000,
    machine: { cpuModel: 'test CPU', cores: 2, ramGiB: 4, kernel: 'Linux', node: 'v20' },
    uptimeBefore: 'load average: 0.10, 0.20, 0.30',
    uptimeAfter: 'load average: 1.00, 0.50, 0.40',
    dataset: {
      offerings: 100_000,
      providers: 5_000,
      smes: 200,
      generateMs: 1_000,
      insertMs: 2_000,
      meanDocumentBytes: 2_048,
      offeringsTableMb: 300,
    },
    rawIndex: { ms: 20_000, timeline, settingsMs: 100 },
    rawSequential: null,
    reindex: {
      serverMs: 30_000,
      clientMs: 30_100,
      phasesMs: {},
      timeline,
      documents: 100_000,
      spotCheck: 'ok',
    },
    pgBuild: null,
    parity: { checked: 40, identical: 39, mismatches: [] },
    search: {
      api1: run(RUN_LABELS.searchApi1, 1, 10),
      direct1: run(RUN_LABELS.searchDirect1, 1, 8),
      directFetch1: run(RUN_LABELS.searchDirectFetch1, 1, 9),
      api16: run(RUN_LABELS.searchApi16, 16, 40),
      direct16: run(RUN_LABELS.searchDirect16, 16, 32),
      pg1: run(RUN_LABELS.searchPg1, 1, 100),
    },
    perQuery: [],
    matches: {
      c1: run(RUN_LABELS.matchesApi1, 1, 20),
      c16: run(RUN_LABELS.matchesApi16, 16, 80),
      directByScenario: stats(6),
      directByText: stats(4),
      directByScenarioLean: stats(5),
      directByScenario100: stats(3),
      meanLeanBytes: 1,
      meanCandidates: 1,
      meanApiBytes: 1,
      meanDirectBytes: 1,
    },
    smeSetupMs: 1_000,
    approvals: {
      n: 20,
      fromRequest: stats(500, 20),
      fromAck: stats(480, 20),
      approveCall: stats(20, 20),
      notFound: 0,
    },
    phases: [],
    goals: [],
    experiments: { indexExperiments: null },
  };
  const r = { ...base, ...over };
  return { ...r, goals: evaluateGoals(r) };
}

describe('bench run labels', () => {
  it('are the row names every earlier run was reported under', () => {
    expect(RUN_LABELS).toEqual({
      searchApi1: 'search API, 1 client',
      searchDirect1: 'search direct Meilisearch, 1 client',
      searchDirectFetch1:
        'search direct Meilisearch via fetch, compressed answers (gzip/br), 1 client',
      searchApi16: 'search API, 16 clients',
      searchDirect16: 'search direct Meilisearch, 16 clients',
      searchPg1: 'search PostgreSQL baseline, 1 client',
      matchesApi1: 'matches API, 1 client',
      matchesApi16: 'matches API, 16 clients',
    });
  });
});

describe('evaluateGoals', () => {
  it('names the six goals and passes a run that meets them', () => {
    const goals = evaluateGoals(results());
    expect(goals.map((g) => [g.name, g.target, g.pass])).toEqual([
      ['search, 1 client: API p95', '≤ 15 ms', true],
      ['matches, 1 client: API p95', '≤ 30 ms', true],
      ['search, 16 clients: API p95 ÷ direct Meilisearch p95', '≤ 1.5×', true],
      ['search, 1 client: PostgreSQL baseline p95 ÷ API p95', '≥ 5×', true],
      ['approval → findable p95 (from the approve request)', '≤ 1000 ms', true],
      ['full reindex of 100,000 offerings', '≤ 60 s', true],
    ]);
    expect(goals.map((g) => g.measured)).toEqual([
      '10.0 ms',
      '20.0 ms',
      '1.25× (40.0 ÷ 32.0 ms)',
      '10.00× (100.0 ÷ 10.0 ms)',
      '500 ms',
      '30.0 s (1.50× raw Meilisearch 20.0 s)',
    ]);
  });

  it('passes on the limit and misses just over it', () => {
    const onLimit = results({
      search: { ...results().search, api1: run(RUN_LABELS.searchApi1, 1, 15) },
    });
    expect(evaluateGoals(onLimit)[0]?.pass).toBe(true);
    const over = results({
      search: { ...results().search, api1: run(RUN_LABELS.searchApi1, 1, 15.1) },
      matches: { ...results().matches, c1: run(RUN_LABELS.matchesApi1, 1, 30.1) },
      reindex: { ...results().reindex, serverMs: 60_100 },
    });
    const [search1, matches1, , , , reindex] = evaluateGoals(over);
    expect([search1?.pass, matches1?.pass, reindex?.pass]).toEqual([false, false, false]);
  });

  it('passes the PostgreSQL baseline at five times the API p95, not below', () => {
    const pgAt = (p95: number): Results =>
      results({ search: { ...results().search, pg1: run(RUN_LABELS.searchPg1, 1, p95) } });
    expect(evaluateGoals(pgAt(50))[3]?.pass).toBe(true);
    expect(evaluateGoals(pgAt(49.9))[3]?.pass).toBe(false);
  });

  it('misses the 16-client ratio above 1.5×', () => {
    const r = results({
      search: { ...results().search, api16: run(RUN_LABELS.searchApi16, 16, 48.1) },
    });
    expect(evaluateGoals(r)[2]).toMatchObject({ pass: false, measured: '1.50× (48.1 ÷ 32.0 ms)' });
  });

  it('leaves the PostgreSQL goal unjudged when the baseline was skipped', () => {
    const r = results({ search: { ...results().search, pg1: null } });
    expect(evaluateGoals(r)[3]).toMatchObject({
      measured: 'not measured (--skip-pg)',
      pass: null,
    });
  });

  it('misses the approval goal when an approved offering was never found, however fast the rest', () => {
    const r = results({ approvals: { ...results().approvals, notFound: 2 } });
    expect(evaluateGoals(r)[4]).toMatchObject({
      measured: '500 ms (2 not found in 10 s)',
      pass: false,
    });
  });
});

describe('printSummary', () => {
  const lines = printSummary(results()).split('\n');

  it('prints one row per run under its label, in the order runs are compared', () => {
    // The label, then six columns: n, err, p50, p95, p99, req/s (a long label pushes them right).
    const rowNames = lines.slice(2, 13).map((l) => l.replace(/(\s+\S+){6}$/, ''));
    expect(rowNames).toEqual([
      'search API, 1 client',
      'search direct Meilisearch, 1 client',
      'search direct Meilisearch via fetch, compressed answers (gzip/br), 1 client',
      'search API, 16 clients',
      'search direct Meilisearch, 16 clients',
      'search PostgreSQL baseline, 1 client',
      'matches API, 1 client',
      'matches API, 16 clients',
      'matching: by-scenario query direct (limit 300)',
      'matching: by-notes query direct (limit 50)',
      'approval → findable (from approve request)',
    ]);
  });

  it('prints the header and the columns of a row', () => {
    expect(lines[0]).toBe(
      'workload                                         n  err   p50 ms   p95 ms   p99 ms   req/s',
    );
    expect(lines[1]).toBe('─'.repeat(90));
    expect(lines[2]).toBe(
      'search API, 1 client                           100    0      5.0     10.0     15.0     100',
    );
  });

  it('prints the indexing, parity and load lines unchanged', () => {
    expect(lines).toContain('raw Meilisearch indexing: 20.0 s; API full reindex: 30.0 s (1.50×)');
    expect(lines).toContain('parity API vs direct: 39/40');
    expect(lines).toContain('load: before "load average: 0.10, 0.20, 0.30"');
    expect(lines).toContain('      after  "load average: 1.00, 0.50, 0.40"');
  });

  it('ends with the goals, PASS / MISS / n/a', () => {
    const r = results({ search: { ...results().search, pg1: null } });
    const summary = printSummary({
      ...r,
      goals: r.goals.map((g, i) => (i === 1 ? { ...g, pass: false } : g)),
    }).split('\n');
    const goals = summary.slice(summary.indexOf('goals:') + 1);
    expect(goals.map((g) => g.slice(0, 8))).toEqual([
      '  PASS  ',
      '  MISS  ',
      '  PASS  ',
      '  n/a  s',
      '  PASS  ',
      '  PASS  ',
    ]);
    expect(goals[0]).toBe(
      `  PASS  ${'search, 1 client: API p95'.padEnd(56)} 10.0 ms  (goal ≤ 15 ms)`,
    );
  });

  it('leaves out the PostgreSQL row when the baseline was skipped', () => {
    const r = results({ search: { ...results().search, pg1: null } });
    expect(printSummary(r)).not.toContain(RUN_LABELS.searchPg1);
  });
});
