/**
 * `npm run bench:search` (tsx scripts/bench/search.ts): search, matching and indexing speed.
 *
 * Starts its own stack (temporary data dir, embedded PostgreSQL and Meilisearch, no demo data),
 * loads 100 000 published offerings straight into PostgreSQL, indexes them through the API's
 * full reindex, and measures through real HTTP on loopback:
 *   - full reindex time, against raw Meilisearch indexing of the same documents;
 *   - search (fixed query mix) at 1 and 16 clients, against the same requests sent to
 *     Meilisearch directly and against a PostgreSQL full-text baseline;
 *   - matches for 200 SMEs at 1 and 16 clients;
 *   - approval-to-findable latency.
 * Goals are checked as ratios and limits measured in the same run (docs/benchmarks.md), never
 * as timed assertions in tests. The stack is always stopped and the data dir removed.
 *
 *   npm run bench:search                        full run, writes docs/benchmarks.md
 *   npm run bench:search -- --offerings 20000   smaller catalogue (does not write the doc)
 *   npm run bench:search -- --no-write          print only
 *   npm run bench:search -- --json out.json     also write every number as JSON
 *   npm run bench:search -- --raw-sequential    also index the raw documents batch by batch
 *
 * Experiments behind the proposals (write the "experiments" block of the doc instead):
 *   --index-experiments   raw indexing with 2 indexing threads and settings variants on
 *                         throw-away Meilisearch servers
 *   --skip-pg             no PostgreSQL baseline
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';

import { REPO_ROOT } from '../lib/launcher.js';
import { API_MAIN } from '../start.js';
import { assertBuildIsFresh } from './lib/build-freshness.js';
import { parseOptions } from './lib/options.js';
import { BenchResources, dropServiceEnv, watchInterrupts } from './lib/run.js';
import { createSmeSessions } from './lib/steps/smes.js';
import { loadDataset } from './lib/steps/dataset.js';
import { measureApprovals } from './lib/steps/approvals.js';
import { measureMatches } from './lib/steps/matches.js';
import { measureRawIndexing } from './lib/steps/raw-index.js';
import { measureSearch } from './lib/steps/search.js';
import { checkParity } from './lib/steps/parity.js';
import { buildPostgresBaseline } from './lib/steps/pg-baseline.js';
import { logInAsAdmin, reindexThroughApi } from './lib/steps/reindex.js';
import { assembleResults, beginRun, endRun, publishResults } from './lib/steps/report.js';
import { startBenchStack } from './lib/steps/stack.js';

const DOC_FILE = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
/** Hard bound of the whole run; everything is stopped after it. */
const RUN_TIMEOUT_MS = 20 * 60_000;

const interrupt = new AbortController();

function say(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const start = beginRun(say);
  assertBuildIsFresh(REPO_ROOT, API_MAIN);
  dropServiceEnv(process.env, say);
  const resources = new BenchResources(say, (dir) => rm(dir, { recursive: true, force: true }));
  const stopWatching = watchInterrupts(interrupt, say, RUN_TIMEOUT_MS);
  try {
    const ctx = await startBenchStack(opts, resources, interrupt.signal, say);
    const dataset = await loadDataset(ctx);
    const rawIndexing = await measureRawIndexing(ctx, dataset);
    const adminToken = await logInAsAdmin(ctx);
    const reindex = await reindexThroughApi(ctx, adminToken, dataset.spot);
    const smes = await createSmeSessions(ctx);
    const pgBuild = await buildPostgresBaseline(ctx);
    const { parity, rows } = await checkParity(ctx, pgBuild !== null);
    const { search, perQuery } = await measureSearch(ctx, rows, pgBuild !== null);
    const matches = await measureMatches(ctx, smes.sessions);
    const approvals = await measureApprovals(ctx, adminToken);
    const results = assembleResults(opts, start, endRun(start), {
      dataset,
      rawIndexing,
      reindex,
      smes: { count: smes.sessions.length, setupMs: smes.setupMs },
      pgBuild,
      parity,
      search,
      perQuery,
      matches,
      approvals,
      phases: ctx.phases.records,
    });
    await publishResults(ctx, results, DOC_FILE, REPO_ROOT);
    return 0;
  } finally {
    stopWatching();
    await resources.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(interrupt.signal.aborted ? 130 : 1);
  },
);
