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
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';
import type { ScenarioCode } from '@toolbox/domain';

import type { OfferingEntity } from '../../apps/api/src/modules/offerings/entities/offering.entity.js';
import { OFFERING_INDEX_SETTINGS, OFFERINGS_INDEX, toOfferingDocument } from '@toolbox/search';
import { REPO_ROOT } from '../lib/launcher.js';
import { MEILI_MAX_INDEXING_MEMORY } from '../lib/meilisearch.js';
import { freePort } from '../lib/services.js';
import { API_MAIN, type RunningStack, startStack } from '../start.js';
import { type BenchOffering, generateBenchCatalogue } from './lib/dataset.js';
import { insertChunk } from './lib/db-load.js';
import { FULL_TEXT_SETTINGS, fullTextDocument } from './lib/full-text.js';
import { HttpClient, type RunResult, runFixedConcurrency, summarise } from './lib/http.js';
import { CpuMeter, findChildPid, loadAverage, machineInfo, uptimeLine } from './lib/machine.js';
import { MeiliDirect, timeline, type TaskTimeline } from './lib/meili.js';
import {
  type IndexVariant,
  runIndexExperiments,
  stopExperimentServers,
} from './lib/experiments.js';
import { buildPgBaseline, pgSearch } from './lib/pg-baseline.js';
import { evaluateGoals, printSummary, writeBenchmarksDoc } from './lib/report.js';
import type { GroupStats, LoadRun, PhaseRecord, QueryRow, Results } from './lib/results.js';
import {
  apiPath,
  assessmentAnswers,
  type BenchQuery,
  type BenchSme,
  benchSmes,
  matchingFilters,
  meiliCandidatesBody,
  meiliSearchBody,
  QUERY_MIX,
  type QueryGroup,
} from './lib/workload.js';

const DOC_FILE = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
/** Hard bound of the whole run; everything is stopped after it. */
const RUN_TIMEOUT_MS = 20 * 60_000;
const RAW_INDEX = 'bench_raw_documents';
/** Same batch size as ReindexService (LOAD_BATCH). */
const DOC_BATCH = 2000;
/** What scoreMatch and hardConstraintBroken read from a candidate (plus id and date). */
const MATCH_FIELDS = [
  'id',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'minMonthlyPriceCents',
  'rating',
  'publishedAt',
];
/** The highest value AppConfig accepts (RATE_LIMIT_PER_MINUTE: 1 … 10 000 000). */
const RATE_LIMIT = '10000000';

const interrupt = new AbortController();

function say(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(x: unknown, key: string): string {
  if (!isRecord(x) || typeof x[key] !== 'string')
    throw new Error(`expected a string "${key}" in ${JSON.stringify(x).slice(0, 300)}`);
  return x[key];
}

function num(x: unknown, key: string): number {
  if (!isRecord(x) || typeof x[key] !== 'number')
    throw new Error(`expected a number "${key}" in ${JSON.stringify(x).slice(0, 300)}`);
  return x[key];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function checkAborted(): void {
  if (interrupt.signal.aborted) throw new Error('interrupted');
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

interface Options {
  offerings: number;
  smes: number;
  approvals: number;
  write: boolean;
  json: string | undefined;
  rawSequential: boolean;
  /** Experiment: index the raw documents with other threads/settings on throw-away servers. */
  indexExperiments: boolean;
  skipPg: boolean;
}

function parseOptions(args: readonly string[]): Options {
  const offerings = Number(argValue(args, '--offerings') ?? 100_000);
  if (!Number.isInteger(offerings) || offerings < 1000)
    throw new Error('--offerings must be an integer ≥ 1000');
  return {
    offerings,
    smes: 200,
    approvals: 25,
    write: !args.includes('--no-write') && offerings === 100_000,
    json: argValue(args, '--json'),
    rawSequential: args.includes('--raw-sequential'),
    indexExperiments: args.includes('--index-experiments'),
    skipPg: args.includes('--skip-pg'),
  };
}

/**
 * The index experiments, all with every document and 2 indexing threads (what the launcher
 * passes): Meilisearch's default indexing memory against the launcher's bound, each followed by
 * one-document updates (finding 4); the index before ADR 0007 (whole descriptions, no stop
 * words; finding 2); batches in a window of 8 or 25 (ReindexService keeps up to 100 in flight,
 * which for 50 batches is all at once, as in the first two variants).
 */
function indexVariants(batches: number): IndexVariant[] {
  const settings = OFFERING_INDEX_SETTINGS;
  return [
    {
      label: 'production, default indexing memory',
      threads: 2,
      memory: null,
      settings,
      documents: 'production',
      batches,
      window: null,
      singleUpdates: 25,
    },
    {
      label: `production, indexing memory ${MEILI_MAX_INDEXING_MEMORY} (as launched)`,
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: null,
      singleUpdates: 25,
    },
    {
      label: 'before ADR 0007: whole descriptions, no stop words',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings: FULL_TEXT_SETTINGS,
      documents: 'full-text',
      batches,
      window: null,
    },
    {
      label: 'production, at most 8 batches in flight',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: 8,
    },
    {
      label: 'production, at most 25 batches in flight',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: 25,
    },
  ];
}

/** The newest modification time (ms) of the files under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The benchmark runs the built API (apps/api/dist): refuse to measure a build older than its
 * sources, which would silently benchmark yesterday's code.
 */
function assertBuildIsFresh(): void {
  const sources = ['apps/api/src', 'libs/domain/src', 'libs/contracts/src'].map((d) =>
    path.join(REPO_ROOT, d),
  );
  let built = 0;
  try {
    built = statSync(API_MAIN).mtimeMs;
  } catch {
    throw new Error(`${path.relative(REPO_ROOT, API_MAIN)} is missing: run \`npm run build\``);
  }
  const stale = sources.filter((d) => newestMtime(d) > built);
  if (stale.length > 0)
    throw new Error(
      `the built API is older than ${stale.map((d) => path.relative(REPO_ROOT, d)).join(', ')}: run \`npm run build\``,
    );
}

/** The OfferingEntity the API would load for a generated row (for toOfferingDocument). */
function asEntity(o: BenchOffering): OfferingEntity {
  return {
    id: o.id,
    providerId: o.providerId,
    status: 'published',
    statusReason: null,
    title: o.title,
    titleEn: o.titleEn,
    summary: o.summary,
    summaryEn: o.summaryEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    kind: o.kind,
    scenarios: o.scenarios,
    industries: o.industries,
    stages: o.stages,
    regions: o.regions,
    deployment: o.deployment,
    deliveryDays: o.deliveryDays,
    plans: o.plans,
    tags: o.tags,
    minMonthlyPriceCents: o.minMonthlyPriceCents,
    rating: o.rating,
    reviewCount: o.reviewCount,
    pendingRevision: null,
    version: 1,
    publishedAt: o.publishedAt,
    createdAt: o.createdAt,
    updatedAt: o.createdAt,
  };
}

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const runStarted = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const uptimeBefore = uptimeLine();
  say(
    `machine: ${machine.cores} cores, ${machine.cpuModel}, ${machine.ramGiB} GiB; ${uptimeBefore}`,
  );
  assertBuildIsFresh();
  for (const name of ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX']) {
    if (process.env[name] !== undefined) {
      say(`ignoring ${name} from the environment: the benchmark runs its own embedded services`);
      delete process.env[name];
    }
  }

  let stack: RunningStack | null = null;
  let dataDir: string | null = null;
  const clients: HttpClient[] = [];
  const dbs: pg.Client[] = [];
  let stopping: Promise<void> | null = null;
  const cleanup = (): Promise<void> => {
    stopping ??= (async () => {
      for (const c of clients) c.close();
      await stopExperimentServers();
      for (const db of dbs) await db.end().catch(() => undefined);
      if (stack !== null) say('stopping the stack');
      await stack?.stop();
      if (dataDir !== null) await rm(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    say(`${signal}: stopping`);
    interrupt.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    say(`the run exceeded ${RUN_TIMEOUT_MS / 60_000} min: aborting`);
    interrupt.abort();
  }, RUN_TIMEOUT_MS);
  watchdog.unref();

  try {
    // ── 1. Stack ─────────────────────────────────────────────────────────────────────
    dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-bench-'));
    const port = await freePort();
    const adminEmail = 'bench-admin@toolbox.local';
    const adminPassword = `Bench-${randomBytes(12).toString('hex')}`;
    say(`starting the stack on port ${port} (data ${dataDir})`);
    const t0 = performance.now();
    stack = await startStack({
      port,
      dataDir,
      build: true,
      signal: interrupt.signal,
      env: {
        SEED_DEMO: 'false',
        RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
        LOG_LEVEL: 'warn',
        ADMIN_EMAIL: adminEmail,
        ADMIN_PASSWORD: adminPassword,
      },
      say,
    });
    say(`API up at ${stack.url} after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const meiliKey = stack.services.apiEnv.MEILI_MASTER_KEY ?? '';
    const apiUrl = stack.url;
    const apiPid = findChildPid(API_MAIN);
    const cpu = new CpuMeter({
      api: apiPid,
      meilisearch: stack.services.meili?.pid ?? null,
      postgres: stack.services.postgres?.pid ?? null,
    });
    const phases: PhaseRecord[] = [];
    const phase = async <T>(
      name: string,
      fn: () => Promise<T>,
    ): Promise<{ value: T; record: PhaseRecord }> => {
      checkAborted();
      const loadBefore = loadAverage();
      const before = cpu.snapshot();
      const started = performance.now();
      say(`${name} …`);
      const value = await fn();
      const record: PhaseRecord = {
        name,
        wallMs: performance.now() - started,
        loadBefore,
        loadAfter: loadAverage(),
        cpu: cpu.usage(before, cpu.snapshot()),
      };
      phases.push(record);
      const c = record.cpu.cores;
      say(
        `${name}: ${(record.wallMs / 1000).toFixed(1)} s; cores used: api ${c.api.toFixed(2)}, meili ${c.meilisearch.toFixed(2)}, pg ${c.postgres.toFixed(2)}, bench ${c.bench.toFixed(2)}, others ${c.others.toFixed(2)}`,
      );
      return { value, record };
    };

    const api = new HttpClient(stack.url, 4, interrupt.signal);
    const meiliHttp = new HttpClient(stack.meiliUrl, 4, interrupt.signal);
    clients.push(api, meiliHttp);
    const meili = new MeiliDirect(meiliHttp, meiliKey);
    const db = new pg.Client({ connectionString: stack.databaseUrl });
    dbs.push(db);
    await db.connect();

    // ── 2. Dataset ───────────────────────────────────────────────────────────────────
    let generateMs = 0;
    let insertMs = 0;
    let providers = 0;
    let documentBytes = 0;
    const rawBatches: string[] = [];
    /** The same documents as before ADR 0007 (only for --index-experiments). */
    const fullTextBatches: string[] = [];
    const spot: Map<string, string> = new Map();
    await phase(`load ${opts.offerings} offerings into PostgreSQL`, async () => {
      const gen = generateBenchCatalogue(opts.offerings, DOC_BATCH);
      let pending: object[] = [];
      let pendingFull: object[] = [];
      for (;;) {
        checkAborted();
        const g = performance.now();
        const next = gen.next();
        if (next.done === true) break;
        const chunk = next.value;
        const docs = chunk.offerings.map((o) =>
          toOfferingDocument(asEntity(o), { id: o.providerId, name: o.providerName }),
        );
        docs.forEach((d, i) => {
          pending.push(d);
          if (opts.indexExperiments) {
            const o = chunk.offerings[i];
            pendingFull.push(fullTextDocument(d, o.description, o.descriptionEn));
          }
          if (pending.length === DOC_BATCH) {
            const json = JSON.stringify(pending);
            documentBytes += Buffer.byteLength(json);
            rawBatches.push(json);
            pending = [];
            if (pendingFull.length > 0) fullTextBatches.push(JSON.stringify(pendingFull));
            pendingFull = [];
          }
        });
        if (spot.size < 3)
          for (const d of docs.slice(0, 3 - spot.size)) spot.set(d.id, JSON.stringify(d));
        generateMs += performance.now() - g;
        const t = performance.now();
        await insertChunk(db, chunk);
        insertMs += performance.now() - t;
        providers += chunk.providers.length;
      }
      if (pending.length > 0) {
        const json = JSON.stringify(pending);
        documentBytes += Buffer.byteLength(json);
        rawBatches.push(json);
      }
      if (pendingFull.length > 0) fullTextBatches.push(JSON.stringify(pendingFull));
      await db.query('ANALYZE users, providers, offerings');
    });
    const tableMb =
      Number(
        (await db.query<{ s: string }>(`SELECT pg_total_relation_size('offerings')::text AS s`))
          .rows[0]?.s ?? 0,
      ) /
      1024 ** 2;
    say(
      `${opts.offerings} offerings of ${providers} providers; generate ${(generateMs / 1000).toFixed(1)} s, insert ${(insertMs / 1000).toFixed(1)} s; offerings table ${tableMb.toFixed(0)} MB`,
    );

    // ── 3. Raw Meilisearch indexing (baseline) ──────────────────────────────────────
    const indexRaw = async (
      uid: string,
      sequential: boolean,
    ): Promise<{ ms: number; timeline: TaskTimeline; settingsMs: number }> => {
      // A fresh data dir: the scratch index does not exist yet.
      const s0 = performance.now();
      await meili.waitTask(
        await meili.taskUid(await meili.call('POST', '/indexes', { uid, primaryKey: 'id' })),
        60_000,
        interrupt.signal,
      );
      await meili.waitTask(
        await meili.taskUid(
          await meili.call('PATCH', `/indexes/${uid}/settings`, OFFERING_INDEX_SETTINGS),
        ),
        120_000,
        interrupt.signal,
      );
      const settingsMs = performance.now() - s0;
      const started = performance.now();
      const uids: number[] = [];
      for (const body of rawBatches) {
        checkAborted();
        const uidTask = await meili.taskUid(
          await meili.call('POST', `/indexes/${uid}/documents?primaryKey=id`, body),
        );
        uids.push(uidTask);
        if (sequential) await meili.waitTask(uidTask, 300_000, interrupt.signal);
      }
      await meili.waitTask(uids[uids.length - 1], 600_000, interrupt.signal);
      const ms = performance.now() - started;
      const tasks = await meili.tasks(`uids=${uids.join(',')}`);
      const failed = tasks.filter((t) => t.status !== 'succeeded');
      if (failed.length > 0)
        throw new Error(
          `raw indexing: ${failed.length} tasks did not succeed: ${failed[0]?.error?.message ?? ''}`,
        );
      const stats = await meili.call('GET', `/indexes/${uid}/stats`);
      if (num(stats, 'numberOfDocuments') !== opts.offerings) {
        throw new Error(
          `raw index holds ${num(stats, 'numberOfDocuments')} documents, expected ${opts.offerings}`,
        );
      }
      const del = await meili.taskUid(await meili.call('DELETE', `/indexes/${uid}`));
      await meili.waitTask(del, 120_000, interrupt.signal);
      return { ms, timeline: timeline(tasks), settingsMs };
    };
    const raw = (
      await phase('raw Meilisearch indexing (all batches enqueued at once)', () =>
        indexRaw(RAW_INDEX, false),
      )
    ).value;
    say(`raw indexing: ${(raw.ms / 1000).toFixed(1)} s (${raw.timeline.batches} autobatches)`);
    const rawSequential = opts.rawSequential
      ? (
          await phase('raw Meilisearch indexing (batch by batch)', () =>
            indexRaw(`${RAW_INDEX}_seq`, true),
          )
        ).value
      : null;
    const indexExperiments = opts.indexExperiments
      ? (
          await phase('index experiments on throw-away Meilisearch servers', () =>
            runIndexExperiments({
              meiliDataDir: path.join(dataDir ?? '', 'meilisearch'),
              key: meiliKey,
              batches: { production: rawBatches, 'full-text': fullTextBatches },
              variants: indexVariants(rawBatches.length),
              signal: interrupt.signal,
              say,
            }),
          )
        ).value
      : null;
    rawBatches.length = 0;
    fullTextBatches.length = 0;

    // ── 4. Full reindex through the API ─────────────────────────────────────────────
    const login = await api.json({
      method: 'POST',
      path: '/api/auth/login',
      body: JSON.stringify({ email: adminEmail, password: adminPassword }),
    });
    const adminToken = str(login, 'accessToken');
    const reindexStartIso = new Date(Date.now() - 1000).toISOString();
    const reindex = (
      await phase('full reindex through the API', async () => {
        const started = performance.now();
        await api.json({
          method: 'POST',
          path: '/api/admin/search/reindex',
          token: adminToken,
          expect: 202,
        });
        const seen: Record<string, number> = {};
        let last: unknown;
        for (;;) {
          checkAborted();
          await sleep(100);
          last = await api.json({
            method: 'GET',
            path: '/api/admin/search/reindex',
            token: adminToken,
          });
          const ph = str(last, 'phase');
          seen[ph] ??= performance.now() - started;
          const state = str(last, 'state');
          if (state === 'failed') throw new Error(`reindex failed: ${JSON.stringify(last)}`);
          if (state === 'succeeded') break;
          if (performance.now() - started > 600_000)
            throw new Error('reindex did not finish within 10 min');
        }
        const clientMs = performance.now() - started;
        const serverMs = Date.parse(str(last, 'finishedAt')) - Date.parse(str(last, 'startedAt'));
        const order = ['settings', 'loading', 'catching_up', 'swapping', 'done'];
        const phasesMs: Record<string, number> = {};
        const marks = order.filter((p) => seen[p] !== undefined).map((p) => [p, seen[p]] as const);
        for (let i = 0; i < marks.length - 1; i += 1)
          phasesMs[marks[i][0]] = marks[i + 1][1] - marks[i][1];
        return { serverMs, clientMs, phasesMs };
      })
    ).value;
    const reindexTasks = (
      await meili.tasks(
        `types=documentAdditionOrUpdate&afterEnqueuedAt=${encodeURIComponent(reindexStartIso)}`,
      )
    ).filter((t) => t.indexUid?.startsWith(`${OFFERINGS_INDEX}_reindex_`) === true);
    const status = await api.json({
      method: 'GET',
      path: '/api/admin/search/status',
      token: adminToken,
    });
    const documents = num(status, 'documents');
    if (documents !== opts.offerings)
      throw new Error(
        `after the reindex the index holds ${documents} documents, expected ${opts.offerings}`,
      );
    let spotOk = 0;
    const differing = new Set<string>();
    for (const [id, json] of spot) {
      const doc = await meili.call('GET', `/indexes/${OFFERINGS_INDEX}/documents/${id}`);
      const expected = JSON.parse(json) as Record<string, unknown>;
      const keys = Object.keys(expected).filter(
        (k) => !isRecord(doc) || JSON.stringify(doc[k]) !== JSON.stringify(expected[k]),
      );
      for (const k of keys) differing.add(k);
      if (keys.length === 0) spotOk += 1;
    }
    const spotCheck = `${spotOk}/${spot.size} documents identical to the raw-baseline documents${differing.size > 0 ? ` (differing: ${[...differing].join(', ')})` : ''}`;
    say(
      `reindex: ${(reindex.serverMs / 1000).toFixed(1)} s (server), ${documents} documents; ${spotCheck}`,
    );

    // ── 5. SMEs through the API ─────────────────────────────────────────────────────
    interface SmeSession {
      sme: BenchSme;
      token: string;
      level: number | null;
      weak: ScenarioCode[];
    }
    const smes = benchSmes(opts.smes);
    const questionnaire = await api.json({ method: 'GET', path: '/api/assessments/questionnaire' });
    const smeSetup = await phase(
      `create ${opts.smes} SMEs (register, profile, needs, assessment)`,
      async () => {
        const sessions: SmeSession[] = new Array<SmeSession>(smes.length);
        let next = 0;
        const worker = async (): Promise<void> => {
          for (;;) {
            checkAborted();
            const i = next;
            next += 1;
            if (i >= smes.length) return;
            const s = smes[i];
            const reg = await api.json({
              method: 'POST',
              path: '/api/auth/register',
              expect: 201,
              body: JSON.stringify({
                email: s.email,
                password: s.password,
                name: `Bench SME ${i}`,
                role: 'sme',
              }),
            });
            const token = str(reg, 'accessToken');
            await api.json({
              method: 'PUT',
              path: '/api/smes/me',
              token,
              body: JSON.stringify({
                companyName: s.companyName,
                creditCode: s.creditCode,
                industry: s.industry,
                region: s.region,
                employees: s.employees,
                annualRevenueCents: s.annualRevenueCents,
              }),
            });
            await api.json({
              method: 'PUT',
              path: '/api/smes/me/needs',
              token,
              body: JSON.stringify({
                scenarios: s.needs.scenarios,
                ...(s.needs.monthlyBudgetCents !== null
                  ? { monthlyBudgetCents: s.needs.monthlyBudgetCents }
                  : {}),
                ...(s.needs.deployment !== null ? { deployment: s.needs.deployment } : {}),
                ...(s.needs.notes !== '' ? { notes: s.needs.notes } : {}),
              }),
            });
            const assessment = await api.json({
              method: 'POST',
              path: '/api/assessments',
              token,
              expect: 201,
              body: JSON.stringify({ answers: assessmentAnswers(questionnaire, s.targetLevel, i) }),
            });
            const weakRaw =
              isRecord(assessment) && Array.isArray(assessment.weakScenarios)
                ? assessment.weakScenarios
                : [];
            sessions[i] = {
              sme: s,
              token,
              level: num(assessment, 'level'),
              weak: weakRaw.filter((w): w is ScenarioCode => typeof w === 'string'),
            };
          }
        };
        await Promise.all(Array.from({ length: 4 }, () => worker()));
        return sessions;
      },
    );
    const sessions = smeSetup.value;
    const levels = new Map<number, number>();
    for (const s of sessions) levels.set(s.level ?? -1, (levels.get(s.level ?? -1) ?? 0) + 1);
    say(
      `SME levels: ${[...levels]
        .sort((a, b) => a[0] - b[0])
        .map(([l, n]) => `L${l}×${n}`)
        .join(' ')}`,
    );

    // ── 6. PostgreSQL baseline table ────────────────────────────────────────────────
    const pgBuild = opts.skipPg
      ? null
      : (await phase('build the PostgreSQL full-text baseline', () => buildPgBaseline(db))).value;
    if (pgBuild !== null)
      say(
        `pg baseline: pg_trgm ${pgBuild.trgm ? 'available' : `unavailable (${pgBuild.trgmError ?? ''})`}, built in ${(pgBuild.buildMs / 1000).toFixed(1)} s`,
      );

    // ── 7. Parity: the API and the direct requests answer the same ──────────────────
    const perQueryBase: Omit<QueryRow, 'apiP50' | 'directP50' | 'pgP50'>[] = [];
    const mismatches: string[] = [];
    for (const bq of QUERY_MIX) {
      const a = await api.request({ method: 'GET', path: apiPath(bq.query) });
      if (a.status !== 200)
        throw new Error(
          `${apiPath(bq.query)} answered ${a.status}: ${a.body.toString('utf8').slice(0, 300)}`,
        );
      const aj = JSON.parse(a.body.toString('utf8')) as { total: number; items: { id: string }[] };
      let d = await meili.search(OFFERINGS_INDEX, JSON.stringify(meiliSearchBody(bq.query)));
      let fallback = false;
      if (d.empty && (bq.query.q ?? '').trim() !== '') {
        fallback = true;
        d = await meili.search(OFFERINGS_INDEX, JSON.stringify(meiliSearchBody(bq.query, 'last')));
      }
      const dj = JSON.parse(d.raw.toString('utf8')) as {
        totalHits?: number;
        hits: { id: string }[];
      };
      const same =
        aj.total === dj.totalHits &&
        aj.items.map((i) => i.id).join() === dj.hits.map((h) => h.id).join();
      if (!same)
        mismatches.push(`${bq.label}: API total ${aj.total}, direct ${dj.totalHits ?? '?'}`);
      const p = pgBuild === null ? null : await pgSearch(db, bq.query);
      perQueryBase.push({
        label: bq.label,
        group: bq.group,
        apiTotal: aj.total,
        directTotal: dj.totalHits ?? -1,
        pgTotal: p?.total ?? null,
        apiBytes: a.body.length,
        directBytes: d.bytes,
        fallback,
      });
    }
    say(
      `parity: ${QUERY_MIX.length - mismatches.length}/${QUERY_MIX.length} queries answer the same through the API and directly`,
    );

    // ── 8. Search load ──────────────────────────────────────────────────────────────
    const mixLength = QUERY_MIX.length;
    const queryAt = (i: number): BenchQuery => QUERY_MIX[i % mixLength];
    const directBodies = QUERY_MIX.map((bq) => ({
      all: JSON.stringify(meiliSearchBody(bq.query)),
      last: JSON.stringify(meiliSearchBody(bq.query, 'last')),
      hasText: (bq.query.q ?? '').trim() !== '',
    }));
    const groupStats = (
      run: RunResult,
      groupOf: (item: number) => QueryGroup | null,
    ): Partial<Record<QueryGroup, GroupStats>> => {
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
    };
    const perItemP50 = (run: RunResult): Map<number, number> => {
      const by = new Map<number, number[]>();
      for (const s of run.samples) {
        if (!s.ok) continue;
        const k = s.item % mixLength;
        const list = by.get(k) ?? [];
        list.push(s.ms);
        by.set(k, list);
      }
      return new Map([...by].map(([k, list]) => [k, summarise(list, 0, 0).p50]));
    };
    const load = async (
      label: string,
      concurrency: number,
      requests: number,
      warmup: number,
      maxMs: number,
      op: (i: number, client: HttpClient) => Promise<{ ms: number; ok: boolean }>,
      base: string,
      groupOf: (item: number) => QueryGroup | null,
    ): Promise<{ run: LoadRun; raw: RunResult }> => {
      const client = new HttpClient(base, concurrency, interrupt.signal);
      clients.push(client);
      const { value, record } = await phase(label, () =>
        runFixedConcurrency(
          { concurrency, warmup, requests, maxMs, signal: interrupt.signal },
          (i) => op(i, client),
        ),
      );
      client.close();
      const s = value.stats;
      say(
        `  n=${s.n} errors=${s.errors} p50=${s.p50.toFixed(1)} p95=${s.p95.toFixed(1)} p99=${s.p99.toFixed(1)} ms, ${s.rps.toFixed(0)} req/s${value.truncated ? ' (cut short by the time bound)' : ''}`,
      );
      return {
        run: {
          label,
          concurrency,
          stats: s,
          truncated: value.truncated,
          byGroup: groupStats(value, groupOf),
          cpu: record.cpu,
        },
        raw: value,
      };
    };
    const searchGroup = (item: number): QueryGroup => queryAt(item).group;
    const apiSearch = async (
      i: number,
      client: HttpClient,
    ): Promise<{ ms: number; ok: boolean }> => {
      const r = await client.request({ method: 'GET', path: apiPath(queryAt(i).query) });
      return { ms: r.ms, ok: r.status === 200 };
    };
    const directSearch = async (
      i: number,
      client: HttpClient,
    ): Promise<{ ms: number; ok: boolean }> => {
      const b = directBodies[i % mixLength];
      const direct = new MeiliDirect(client, meiliKey);
      const first = await direct.search(OFFERINGS_INDEX, b.all);
      if (!first.ok || !first.empty || !b.hasText) return first;
      // The API's fallback: trailing terms relaxed when every-term matching finds nothing.
      const second = await direct.search(OFFERINGS_INDEX, b.last);
      return { ms: first.ms + second.ms, ok: second.ok };
    };
    const passes1 = 10;
    const passes16 = 30;
    const api1 = await load(
      'search API, 1 client',
      1,
      mixLength * passes1,
      mixLength,
      45_000,
      apiSearch,
      stack.url,
      searchGroup,
    );
    const direct1 = await load(
      'search direct Meilisearch, 1 client',
      1,
      mixLength * passes1,
      mixLength,
      45_000,
      directSearch,
      stack.meiliUrl,
      searchGroup,
    );
    // Diagnostic and regression guard: the same direct requests through global fetch with its
    // default accept-encoding (gzip, br): Meilisearch then answers compressed and chunked, and the
    // last chunk waits ~40 ms for a delayed ACK. SearchClient asks for identity to avoid this
    // (docs/benchmarks.md, finding 1).
    const meiliBase = stack.meiliUrl;
    const fetchSearch = async (i: number): Promise<{ ms: number; ok: boolean }> => {
      const b = directBodies[i % mixLength];
      const once = async (body: string): Promise<{ ms: number; ok: boolean; empty: boolean }> => {
        const t = performance.now();
        const res = await fetch(`${meiliBase}/indexes/${OFFERINGS_INDEX}/search`, {
          method: 'POST',
          headers: { authorization: `Bearer ${meiliKey}`, 'content-type': 'application/json' },
          body,
          signal: interrupt.signal,
        });
        const text = await res.text();
        return {
          ms: performance.now() - t,
          ok: res.status === 200,
          empty: text.includes('"hits":[]'),
        };
      };
      const first = await once(b.all);
      if (!first.ok || !first.empty || !b.hasText) return first;
      const second = await once(b.last);
      return { ms: first.ms + second.ms, ok: second.ok };
    };
    const directFetch1 = await load(
      'search direct Meilisearch via fetch, compressed answers (gzip/br), 1 client',
      1,
      mixLength * 3,
      mixLength,
      45_000,
      (i) => fetchSearch(i),
      stack.meiliUrl,
      searchGroup,
    );
    const api16 = await load(
      'search API, 16 clients',
      16,
      mixLength * passes16,
      mixLength,
      45_000,
      apiSearch,
      stack.url,
      searchGroup,
    );
    const direct16 = await load(
      'search direct Meilisearch, 16 clients',
      16,
      mixLength * passes16,
      mixLength,
      45_000,
      directSearch,
      stack.meiliUrl,
      searchGroup,
    );

    // PostgreSQL baseline (one connection, like one client).
    const pgRun =
      pgBuild === null
        ? null
        : await phase('search PostgreSQL baseline, 1 client', () =>
            runFixedConcurrency(
              {
                concurrency: 1,
                warmup: mixLength,
                // One measured pass: every query once (a time-cut run would over-weight the
                // Chinese queries at the start of the mix).
                requests: mixLength,
                maxMs: 90_000,
                signal: interrupt.signal,
              },
              async (i) => {
                const t = performance.now();
                await pgSearch(db, queryAt(i).query);
                return { ms: performance.now() - t, ok: true };
              },
            ),
          );
    if (pgRun !== null) {
      const s = pgRun.value.stats;
      say(
        `  n=${s.n} p50=${s.p50.toFixed(1)} p95=${s.p95.toFixed(1)} p99=${s.p99.toFixed(1)} ms${pgRun.value.truncated ? ' (cut short by the time bound)' : ''}`,
      );
    }
    const pg1: LoadRun | null =
      pgRun === null
        ? null
        : {
            label: 'search PostgreSQL baseline, 1 client',
            concurrency: 1,
            stats: pgRun.value.stats,
            truncated: pgRun.value.truncated,
            byGroup: groupStats(pgRun.value, searchGroup),
            cpu: pgRun.record.cpu,
          };
    const apiP50 = perItemP50(api1.raw);
    const directP50 = perItemP50(direct1.raw);
    const pgP50 = pgRun === null ? new Map<number, number>() : perItemP50(pgRun.value);
    const perQuery: QueryRow[] = perQueryBase.map((row, k) => ({
      ...row,
      apiP50: apiP50.get(k) ?? Number.NaN,
      directP50: directP50.get(k) ?? Number.NaN,
      pgP50: pgP50.get(k) ?? null,
    }));

    // ── 9. Matches ──────────────────────────────────────────────────────────────────
    const matchOp = async (i: number, client: HttpClient): Promise<{ ms: number; ok: boolean }> => {
      const s = sessions[i % sessions.length];
      const r = await client.request({
        method: 'GET',
        path: '/api/matches?limit=10',
        headers: { authorization: `Bearer ${s.token}` },
      });
      return { ms: r.ms, ok: r.status === 200 };
    };
    const noGroup = (): null => null;
    const matches1 = await load(
      'matches API, 1 client',
      1,
      sessions.length * 2,
      20,
      60_000,
      matchOp,
      stack.url,
      noGroup,
    );
    const matches16 = await load(
      'matches API, 16 clients',
      16,
      sessions.length * 4,
      32,
      60_000,
      matchOp,
      stack.url,
      noGroup,
    );
    // Where matching's time goes: its two Meilisearch queries, sent directly.
    const byScenarioMs: number[] = [];
    const byTextMs: number[] = [];
    const leanMs: number[] = [];
    const fewerMs: number[] = [];
    let leanBytes = 0;
    let candidates = 0;
    let directBytes = 0;
    let apiBytes = 0;
    await phase('matching breakdown: its Meilisearch queries directly, 1 client', async () => {
      for (const s of sessions) {
        checkAborted();
        const f = matchingFilters({
          industry: s.sme.industry,
          region: s.sme.region,
          level: s.level,
          needs: s.sme.needs.scenarios.map((n) => n.code),
          weakScenarios: s.weak,
          monthlyBudgetCents: s.sme.needs.monthlyBudgetCents,
        });
        const a = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify(meiliCandidatesBody('', f.byScenario, 300)),
        );
        byScenarioMs.push(a.ms);
        directBytes += a.bytes;
        candidates += (JSON.parse(a.raw.toString('utf8')) as { hits: unknown[] }).hits.length;
        // Variants for the proposals: only the fields scoreMatch reads; fewer candidates.
        const lean = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify({
            ...meiliCandidatesBody('', f.byScenario, 300),
            attributesToRetrieve: MATCH_FIELDS,
          }),
        );
        leanMs.push(lean.ms);
        leanBytes += lean.bytes;
        const fewer = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify(meiliCandidatesBody('', f.byScenario, 100)),
        );
        fewerMs.push(fewer.ms);
        if (s.sme.needs.notes.trim() !== '') {
          const b = await meili.search(
            OFFERINGS_INDEX,
            JSON.stringify(meiliCandidatesBody(s.sme.needs.notes, f.byText, 50)),
          );
          byTextMs.push(b.ms);
          directBytes += b.bytes;
        }
        const m = await api.request({
          method: 'GET',
          path: '/api/matches?limit=10',
          headers: { authorization: `Bearer ${s.token}` },
        });
        apiBytes += m.body.length;
      }
    });

    // ── 10. Approval to findable ────────────────────────────────────────────────────
    const approvals = await phase(
      `approval-to-findable, ${opts.approvals} approvals one at a time`,
      async () => {
        const reg = await api.json({
          method: 'POST',
          path: '/api/auth/register',
          expect: 201,
          body: JSON.stringify({
            email: 'bench-provider@bench.toolbox.local',
            password: 'Bench-provider-password',
            name: 'Bench provider',
            role: 'provider',
          }),
        });
        const token = str(reg, 'accessToken');
        await api.json({
          method: 'PUT',
          path: '/api/providers/me',
          token,
          body: JSON.stringify({
            name: '基准测试服务商',
            kind: 'service_provider',
            description: '用于测量审批到可搜索延迟的服务商。',
          }),
        });
        const fromRequest: number[] = [];
        const fromAck: number[] = [];
        const approveCall: number[] = [];
        let notFound = 0;
        const poller = new HttpClient(apiUrl, 1, interrupt.signal);
        clients.push(poller);
        for (let i = 0; i < opts.approvals; i += 1) {
          checkAborted();
          const marker = `benchzq${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (i % 26))}`;
          const created = await api.json({
            method: 'POST',
            path: '/api/offerings',
            token,
            expect: 201,
            body: JSON.stringify({
              title: `基准上架 ${marker}`,
              summary: `审批到可搜索延迟测量 ${marker}`,
              description: '用于测量从审批通过到搜索可见之间延迟的轻量级云端产品。',
              kind: 'saas',
              scenarios: ['production_control'],
              industries: [],
              stages: [1, 2],
              regions: [],
              deployment: 'public_cloud',
              deliveryDays: 3,
              plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 9900, trialDays: 0 }],
              tags: ['基准'],
            }),
          });
          const id = str(created, 'id');
          await api.json({ method: 'POST', path: `/api/offerings/${id}/submit`, token });
          await sleep(300); // idle before each approval
          const t0a = performance.now();
          const approved = await api.request({
            method: 'POST',
            path: `/api/admin/offerings/${id}/approve`,
            headers: { authorization: `Bearer ${adminToken}` },
          });
          const tAck = performance.now();
          if (approved.status !== 200)
            throw new Error(
              `approve answered ${approved.status}: ${approved.body.toString('utf8')}`,
            );
          approveCall.push(tAck - t0a);
          let found = false;
          while (performance.now() - t0a < 10_000) {
            const r = await poller.request({
              method: 'GET',
              path: `/api/search/offerings?q=${marker}&pageSize=5`,
            });
            if (r.status === 200 && r.body.includes(id)) {
              found = true;
              break;
            }
            await sleep(5);
          }
          const tFound = performance.now();
          if (!found) {
            notFound += 1;
            continue;
          }
          fromRequest.push(tFound - t0a);
          fromAck.push(tFound - tAck);
        }
        return {
          n: opts.approvals,
          fromRequest: summarise(fromRequest, 0, notFound),
          fromAck: summarise(fromAck, 0, notFound),
          approveCall: summarise(approveCall, 0, 0),
          notFound,
        };
      },
    );
    const a = approvals.value;
    say(
      `approval → findable: p50 ${a.fromRequest.p50.toFixed(0)} ms, p95 ${a.fromRequest.p95.toFixed(0)} ms (from the approve request); not found within 10 s: ${a.notFound}`,
    );

    // ── 11. Report ──────────────────────────────────────────────────────────────────
    const uptimeAfter = uptimeLine();
    const results: Results = {
      startedAt,
      finishedAt: new Date().toISOString(),
      totalMs: performance.now() - runStarted,
      machine,
      uptimeBefore,
      uptimeAfter,
      dataset: {
        offerings: opts.offerings,
        providers,
        smes: sessions.length,
        generateMs,
        insertMs,
        meanDocumentBytes: documentBytes / opts.offerings,
        offeringsTableMb: tableMb,
      },
      rawIndex: raw,
      rawSequential:
        rawSequential === null ? null : { ms: rawSequential.ms, timeline: rawSequential.timeline },
      reindex: { ...reindex, timeline: timeline(reindexTasks), documents, spotCheck },
      pgBuild,
      parity: {
        checked: QUERY_MIX.length,
        identical: QUERY_MIX.length - mismatches.length,
        mismatches,
      },
      search: {
        api1: api1.run,
        direct1: direct1.run,
        directFetch1: directFetch1.run,
        api16: api16.run,
        direct16: direct16.run,
        pg1,
      },
      perQuery,
      matches: {
        c1: matches1.run,
        c16: matches16.run,
        directByScenario: summarise(byScenarioMs, 0, 0),
        directByText: summarise(byTextMs, 0, 0),
        directByScenarioLean: summarise(leanMs, 0, 0),
        directByScenario100: summarise(fewerMs, 0, 0),
        meanLeanBytes: leanBytes / Math.max(1, sessions.length),
        meanCandidates: candidates / Math.max(1, sessions.length),
        meanApiBytes: apiBytes / Math.max(1, sessions.length),
        meanDirectBytes: directBytes / Math.max(1, sessions.length),
      },
      smeSetupMs: smeSetup.record.wallMs,
      approvals: a,
      phases,
      goals: [],
      experiments: {
        indexExperiments,
      },
    };
    results.goals = evaluateGoals(results);
    process.stdout.write(`\n${printSummary(results)}\n`);
    if (opts.json !== undefined) {
      writeFileSync(opts.json, `${JSON.stringify(results, null, 2)}\n`);
      say(`wrote ${opts.json}`);
    }
    const experimental = opts.indexExperiments || opts.skipPg;
    if (opts.write) {
      await writeBenchmarksDoc(DOC_FILE, results, experimental ? 'experiments' : 'results');
      say(`updated ${path.relative(REPO_ROOT, DOC_FILE)}`);
    } else {
      say('docs/benchmarks.md not written (--no-write or a non-default --offerings)');
    }
    return 0;
  } finally {
    clearTimeout(watchdog);
    await cleanup();
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
