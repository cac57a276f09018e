/** What one benchmark run measured, and the goals it is judged by. */
import type { LatencyStats } from './http.js';
import type { CpuUsage, MachineInfo } from './machine.js';
import type { TaskTimeline } from './meili.js';
import type { IndexExperiment } from './experiments.js';
import type { PgBaselineBuild } from './pg-baseline.js';
import type { QueryGroup } from './workload.js';

export interface PhaseRecord {
  name: string;
  wallMs: number;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
  cpu: CpuUsage;
}

export interface GroupStats {
  n: number;
  p50: number;
  p95: number;
}

export interface LoadRun {
  label: string;
  concurrency: number;
  stats: LatencyStats;
  truncated: boolean;
  byGroup: Partial<Record<QueryGroup, GroupStats>>;
  cpu: CpuUsage;
}

export interface QueryRow {
  label: string;
  group: QueryGroup;
  apiTotal: number;
  directTotal: number;
  pgTotal: number | null;
  apiBytes: number;
  directBytes: number;
  fallback: boolean;
  apiP50: number;
  directP50: number;
  pgP50: number | null;
}

export interface Goal {
  name: string;
  measured: string;
  target: string;
  /** null when not measured in this run. */
  pass: boolean | null;
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  totalMs: number;
  machine: MachineInfo;
  uptimeBefore: string;
  uptimeAfter: string;
  dataset: {
    offerings: number;
    providers: number;
    smes: number;
    generateMs: number;
    insertMs: number;
    meanDocumentBytes: number;
    offeringsTableMb: number;
  };
  rawIndex: { ms: number; timeline: TaskTimeline; settingsMs: number };
  rawSequential: { ms: number; timeline: TaskTimeline } | null;
  reindex: {
    serverMs: number;
    clientMs: number;
    phasesMs: Record<string, number>;
    timeline: TaskTimeline;
    documents: number;
    spotCheck: string;
  };
  /** null with --skip-pg. */
  pgBuild: PgBaselineBuild | null;
  parity: { checked: number; identical: number; mismatches: string[] };
  search: {
    api1: LoadRun;
    direct1: LoadRun;
    /** Diagnostic: direct requests through global fetch, like meilisearch-js in the API. */
    directFetch1: LoadRun;
    api16: LoadRun;
    direct16: LoadRun;
    pg1: LoadRun | null;
  };
  perQuery: QueryRow[];
  matches: {
    c1: LoadRun;
    c16: LoadRun;
    directByScenario: LatencyStats;
    directByText: LatencyStats;
    /** The by-scenario query retrieving only the fields matching reads. */
    directByScenarioLean: LatencyStats;
    /** The by-scenario query with limit 100 instead of 300. */
    directByScenario100: LatencyStats;
    meanLeanBytes: number;
    meanCandidates: number;
    meanApiBytes: number;
    meanDirectBytes: number;
  };
  smeSetupMs: number;
  approvals: {
    n: number;
    fromRequest: LatencyStats;
    fromAck: LatencyStats;
    approveCall: LatencyStats;
    notFound: number;
  };
  phases: PhaseRecord[];
  goals: Goal[];
  experiments: {
    indexExperiments: IndexExperiment[] | null;
  };
}
