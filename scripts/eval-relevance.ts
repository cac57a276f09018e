/**
 * `npm run eval:relevance` (tsx scripts/eval-relevance.ts): measures matching relevance.
 *
 * Runs the fixed labelled sets `eval/relevance/cases.json` (level-1 SMEs, not assessed) and
 * `eval/relevance/cases-levels.json` (SMEs assessed at levels 2–4) against the real API: one new
 * SME per case (profile + needs, then the case's full questionnaire answers through
 * `POST /api/assessments`, whose computed level must equal the case's), `GET /api/matches?limit=10`,
 * then per case nDCG@10, precision@5 and the results that break a hard constraint of the API
 * contract. The cases are split (fixed seed, stratified by level) into a tuning part and a held-out
 * part; the summary reports both parts per level. Exits 2 when a case's level does not match.
 * Starts its own stack (temporary data dir, demo seed) unless EVAL_BASE_URL points at a running
 * one whose database holds the demo catalogue. Exits 1 when any result breaks a hard constraint.
 *
 *   npm run eval:relevance                      full run, table + means
 *   npm run eval:relevance -- --verbose         also every case's ranked list with grades
 *   npm run eval:relevance -- --json out.json   also write per-case results as JSON
 *   npm run eval:relevance -- --pool            offline: check the judgements cover each pool
 *   npm run eval:relevance -- --part tuning     only the tuning part (or: --part held-out)
 *   npm run eval:relevance -- --part heldout2   only held-out set 2 (cases-heldout-2.json; read once)
 *
 * Held-out set 2 (`eval/relevance/cases-heldout-2.json`, 42 assessed SMEs) is read only by
 * `--part heldout2`: the default run and `--part tuning|held-out` read the two split files as before.
 *
 * Method and numbers: docs/relevance.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  matchingLevel,
  offeringServesRegion,
} from '@toolbox/domain';

import { generateCatalogue, type SeedOffering } from '@toolbox/demo-catalogue';
import { REPO_ROOT } from './lib/launcher.js';
import {
  caseFilePaths,
  type EvalCase,
  parseCaseFiles,
  partsFor,
  poolOf,
} from './lib/relevance-cases.js';
import {
  ceilingTable,
  type EvalArgs,
  type ReportPart,
  levelTable,
  mean,
  ndcg,
  parseEvalArgs,
  precisionAt,
  relevanceExitCode,
  relevanceReport,
  seedKeysByTitle,
  evalBaseUrl,
  SPLIT_SEED,
} from './lib/relevance-metrics.js';
import { freePort } from './lib/services.js';
import { type RunningStack, startStack } from './start.js';

const LIMIT = 10;
const P_AT = 5;
const INDEX_TIMEOUT_MS = 180_000;
/** Ctrl-C / SIGTERM: aborts start-up and every request in flight, then the stack is stopped. */
const interrupt = new AbortController();

// ── The labelled set (parsing: scripts/lib/relevance-cases.ts) ──────────────────────────

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reads the case files of this `--part`: the split set, or held-out set 2 alone. */
function loadCases(part: EvalArgs['part']): EvalCase[] {
  return parseCaseFiles(
    caseFilePaths(REPO_ROOT, part).map((file) => ({
      label: path.relative(REPO_ROOT, file),
      text: readFileSync(file, 'utf8'),
    })),
  );
}

// ── Hard constraints (api-v1.md, "Matching") ────────────────────────────────────────────

interface MatchedOffering {
  id: string;
  title: string;
  regions: string[];
  stages: number[];
  minMonthlyPriceCents: number;
}

type Break = 'region' | 'stage' | 'budget';

function breaksOf(c: EvalCase, o: MatchedOffering): Break[] {
  const out: Break[] = [];
  if (!offeringServesRegion(o.regions, c.region)) out.push('region');
  if (o.stages.length === 0 || Math.min(...o.stages) >= matchingLevel(c.level) + 2) {
    out.push('stage');
  }
  const budget = c.needs.monthlyBudgetCents;
  if (budget !== null && o.minMonthlyPriceCents > 2 * budget) out.push('budget');
  return out;
}

// ── HTTP ────────────────────────────────────────────────────────────────────────────────

class Api {
  constructor(readonly baseUrl: string) {}

  async call(
    method: string,
    route: string,
    opts: { body?: unknown; token?: string; expect?: number } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
    const res = await fetch(`${this.baseUrl}${route}`, {
      signal: interrupt.signal,
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
    const text = await res.text();
    const expected = opts.expect ?? 200;
    if (res.status !== expected) {
      throw new Error(`${method} ${route} answered ${res.status} (expected ${expected}): ${text}`);
    }
    return text === '' ? null : (JSON.parse(text) as unknown);
  }
}

function asOffering(x: unknown): MatchedOffering {
  if (!isRecord(x)) throw new Error('match item without an offering object');
  const { id, title, regions, stages, minMonthlyPriceCents } = x;
  if (
    typeof id !== 'string' ||
    typeof title !== 'string' ||
    !Array.isArray(regions) ||
    !regions.every((r): r is string => typeof r === 'string') ||
    !Array.isArray(stages) ||
    !stages.every((s): s is number => typeof s === 'number') ||
    typeof minMonthlyPriceCents !== 'number'
  ) {
    throw new Error(`unexpected offering shape in /api/matches: ${JSON.stringify(x)}`);
  }
  return { id, title, regions, stages, minMonthlyPriceCents };
}

interface MatchResult {
  offering: MatchedOffering;
  score: number;
}

function asMatches(x: unknown): MatchResult[] {
  if (!isRecord(x) || !Array.isArray(x.items)) throw new Error('/api/matches without items');
  return x.items.map((item: unknown): MatchResult => {
    if (!isRecord(item) || typeof item.score !== 'number') {
      throw new Error(`unexpected match item: ${JSON.stringify(item)}`);
    }
    return { offering: asOffering(item.offering), score: item.score };
  });
}

async function waitForIndex(api: Api, published: number, say: (m: string) => void): Promise<void> {
  const deadline = Date.now() + INDEX_TIMEOUT_MS;
  let last = -1;
  for (;;) {
    if (interrupt.signal.aborted) throw new Error('interrupted');
    const res = await api.call('GET', '/api/search/offerings?pageSize=1').catch(() => null);
    const total = isRecord(res) && typeof res.total === 'number' ? res.total : -1;
    if (total !== last) {
      say(`search index: ${total < 0 ? '…' : total} of ${published} published offerings`);
      last = total;
    }
    if (total === published) return;
    if (total > published) {
      throw new Error(
        `search holds ${total} offerings, more than the ${published} published seed offerings: not the demo catalogue as seeded`,
      );
    }
    if (Date.now() > deadline) {
      throw new Error(`search did not index the ${published} seed offerings within 180 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

// ── One case ────────────────────────────────────────────────────────────────────────────

/** A valid, run-unique unified social credit code: 91 + region + MA + 7 characters + check. */
function creditCode(region: string, runSeed: number, index: number): string {
  let n = runSeed * 100 + index;
  let tail = '';
  for (let i = 0; i < 7; i += 1) {
    tail = CREDIT_CODE_ALPHABET[n % CREDIT_CODE_ALPHABET.length] + tail;
    n = Math.floor(n / CREDIT_CODE_ALPHABET.length);
  }
  const body = `91${region}MA${tail}`;
  return body + creditCodeCheckChar(body);
}

interface RankedItem {
  rank: number;
  key: string | null;
  title: string;
  grade: number;
  judged: boolean;
  score: number;
  breaks: Break[];
}

interface CaseResult {
  id: string;
  /** Matching level: the assessed level, 1 when not assessed. */
  level: number;
  part: ReportPart;
  industry: string;
  region: string;
  returned: number;
  ndcg10: number;
  precision5: number;
  breaks: number;
  breakKinds: Record<Break, number>;
  unjudged: number;
  /** The case's 10 best judged grades (also what the P@5 ceiling is computed from). */
  idealTop: number[];
  items: RankedItem[];
}

async function runCase(
  api: Api,
  c: EvalCase,
  part: ReportPart,
  index: number,
  runSeed: number,
  keyByTitle: ReadonlyMap<string, string>,
): Promise<CaseResult> {
  const runTag = runSeed.toString(36);
  const auth = await api.call('POST', '/api/auth/register', {
    body: {
      email: `eval-${runTag}-${c.id}@eval.toolbox.local`,
      password: `Eval-${runTag}-password`,
      name: `Relevance eval ${c.id}`,
      role: 'sme',
    },
    expect: 201,
  });
  if (!isRecord(auth) || typeof auth.accessToken !== 'string') {
    throw new Error('register answered without an accessToken');
  }
  const token = auth.accessToken;
  await api.call('PUT', '/api/smes/me', {
    token,
    body: {
      companyName: c.companyName,
      creditCode: creditCode(c.region, runSeed, index),
      industry: c.industry,
      region: c.region,
      employees: c.employees,
      ...(c.annualRevenueCents !== null ? { annualRevenueCents: c.annualRevenueCents } : {}),
    },
  });
  await api.call('PUT', '/api/smes/me/needs', {
    token,
    body: {
      scenarios: c.needs.scenarios,
      ...(c.needs.monthlyBudgetCents !== null
        ? { monthlyBudgetCents: c.needs.monthlyBudgetCents }
        : {}),
      ...(c.needs.deployment !== null ? { deployment: c.needs.deployment } : {}),
      ...(c.needs.notes !== '' ? { notes: c.needs.notes } : {}),
    },
  });
  if (c.answers !== null) {
    // After the needs: the weak scenarios are ordered by the needs' priorities.
    const assessed = await api.call('POST', '/api/assessments', {
      token,
      body: { answers: c.answers },
      expect: 201,
    });
    const level = isRecord(assessed) ? assessed.level : undefined;
    if (level !== c.level) {
      throw new Error(
        `case ${c.id} claims level ${String(c.level)} but its answers score level ${String(level)}`,
      );
    }
  }
  const matches = asMatches(await api.call('GET', `/api/matches?limit=${LIMIT}`, { token }));

  const items = matches.map((m, i): RankedItem => {
    const key = keyByTitle.get(m.offering.title) ?? null;
    const grade = key === null ? undefined : c.judgements.get(key);
    return {
      rank: i + 1,
      key,
      title: m.offering.title,
      grade: grade ?? 0,
      judged: grade !== undefined,
      score: m.score,
      breaks: breaksOf(c, m.offering),
    };
  });
  const grades = items.map((item) => item.grade);
  const judged = [...c.judgements.values()];
  const breakKinds: Record<Break, number> = { region: 0, stage: 0, budget: 0 };
  for (const item of items) for (const b of item.breaks) breakKinds[b] += 1;
  return {
    id: c.id,
    level: matchingLevel(c.level),
    part,
    industry: c.industry,
    region: c.region,
    returned: items.length,
    ndcg10: ndcg(grades, judged, LIMIT),
    precision5: precisionAt(grades, P_AT),
    breaks: items.filter((item) => item.breaks.length > 0).length,
    breakKinds,
    unjudged: items.filter((item) => !item.judged).length,
    idealTop: [...judged].sort((a, b) => b - a).slice(0, LIMIT),
    items,
  };
}

// ── Output ──────────────────────────────────────────────────────────────────────────────

function printTable(results: readonly CaseResult[], verbose: boolean): void {
  const out: string[] = [];
  const head = `${'case'.padEnd(30)} L ${'part'.padEnd(8)} ${'ind'.padEnd(4)} ${'region'.padEnd(6)}  n  nDCG@10   P@5  breaks  unjudged  grades@1..10`;
  out.push(head, '─'.repeat(head.length + 8));
  for (const r of results) {
    out.push(
      `${r.id.padEnd(30)} ${r.level} ${r.part.padEnd(8)} ${r.industry.padEnd(4)} ${r.region.padEnd(6)} ${String(r.returned).padStart(2)}  ${r.ndcg10.toFixed(3).padStart(7)} ${r.precision5.toFixed(2).padStart(5)} ${String(r.breaks).padStart(7)} ${String(r.unjudged).padStart(9)}  ${r.items.map((i) => (i.judged ? String(i.grade) : '·')).join('')}`,
    );
    if (verbose) {
      for (const i of r.items) {
        const flag = i.breaks.length > 0 ? `  BREAKS ${i.breaks.join(',')}` : '';
        out.push(
          `      ${String(i.rank).padStart(2)}. [${i.judged ? i.grade : '-'}] ${i.score.toFixed(3)} ${i.key ?? '(not a seed offering)'}  ${i.title}${flag}`,
        );
      }
      out.push(`      ideal grades: ${r.idealTop.join('')}`);
    }
  }
  out.push('─'.repeat(head.length + 8));
  const totalBreaks = results.reduce((s, r) => s + r.breaks, 0);
  const kinds = (['region', 'stage', 'budget'] as const)
    .map((k) => `${k} ${results.reduce((s, r) => s + r.breakKinds[k], 0)}`)
    .join(', ');
  out.push(
    `cases ${results.length}   mean nDCG@10 ${mean(results.map((r) => r.ndcg10)).toFixed(3)}   mean P@5 ${mean(results.map((r) => r.precision5)).toFixed(3)}   hard-constraint breaks ${totalBreaks} (${kinds})   unjudged results ${results.reduce((s, r) => s + r.unjudged, 0)} of ${results.reduce((s, r) => s + r.returned, 0)}`,
    `legend: grades per rank, · = not judged (counts as 0)`,
    '',
    `split (seed ${SPLIT_SEED}, stratified by level)   part      level  cases  nDCG@10    P@5  breaks`,
    ...levelTable(results).map(
      (row) =>
        `${''.padEnd(45)} ${row.part.padEnd(8)}  ${String(row.level).padStart(5)}  ${String(row.cases).padStart(5)}  ${row.ndcg10.toFixed(3).padStart(7)}  ${row.precision5.toFixed(3).padStart(5)}  ${String(row.breaks).padStart(6)}`,
    ),
    '',
    `ceiling (best possible P@5 of a perfect ranking)   level  cases  best P@5`,
    ...ceilingTable(results.map((r) => ({ level: r.level, judged: r.idealTop }))).map(
      (row) =>
        `${''.padEnd(50)} ${String(row.level).padStart(5)}  ${String(row.cases).padStart(5)}  ${row.bestPrecision5.toFixed(3).padStart(8)}`,
    ),
    results.some((r) => r.part === 'heldout2')
      ? 'held-out set 2 (read once by the lead): targets nDCG@10 ≥ 0.90 overall and ≥ 0.85 at every level, P@5 ≥ 0.80, 0 breaks'
      : 'targets (held-out): nDCG@10 ≥ 0.90 overall and ≥ 0.85 at every level, P@5 ≥ 0.80, 0 breaks',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

// ── Pool check (offline) ────────────────────────────────────────────────────────────────

function checkPools(cases: readonly EvalCase[], published: readonly SeedOffering[]): number {
  const keys = new Set(published.map((o) => o.key));
  let problems = 0;
  for (const c of cases) {
    const pool = poolOf(c, published);
    const missing = pool.filter((o) => !c.judgements.has(o.key));
    const stray = [...c.judgements.keys()].filter((k) => !keys.has(k));
    const counts = [0, 1, 2, 3].map(
      (g) => [...c.judgements.values()].filter((x) => x === g).length,
    );
    process.stdout.write(
      `${c.id.padEnd(30)} pool ${String(pool.length).padStart(3)}  judged ${String(c.judgements.size).padStart(3)}  grades 0/1/2/3 ${counts.join('/')}${missing.length > 0 ? `  UNJUDGED: ${missing.map((o) => o.key).join(' ')}` : ''}${stray.length > 0 ? `  NOT PUBLISHED SEED KEYS: ${stray.join(' ')}` : ''}\n`,
    );
    problems += missing.length + stray.length;
  }
  process.stdout.write(problems === 0 ? 'every pool fully judged\n' : `${problems} problems\n`);
  return problems;
}

// ── Main ────────────────────────────────────────────────────────────────────────────────

const say = (m: string): void => {
  process.stdout.write(`▸ ${m}\n`);
};

/** The stack the eval runs against: its own (temporary data dir, demo seed) or EVAL_BASE_URL's. */
class EvalStack {
  private stack: RunningStack | null = null;
  private dataDir: string | null = null;
  private stopping: Promise<void> | null = null;

  /** Starts a stack unless EVAL_BASE_URL names one; answers its base URL. */
  async open(env: NodeJS.ProcessEnv): Promise<string> {
    const given = evalBaseUrl(env);
    if (given !== '') {
      say(`using the running stack at ${given}`);
      return given;
    }
    this.dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-eval-'));
    const port = await freePort();
    say(`starting a stack on port ${port} (data ${this.dataDir})`);
    const started = Date.now();
    this.stack = await startStack({
      port,
      dataDir: this.dataDir,
      signal: interrupt.signal,
      build: true,
      env: { SEED_DEMO: 'true', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
      say,
    });
    say(`API up at ${this.stack.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return this.stack.url;
  }

  close(): Promise<void> {
    if (this.stack !== null) say('stopping the stack');
    this.stopping ??= (async () => {
      await this.stack?.stop();
      if (this.dataDir !== null) await rm(this.dataDir, { recursive: true, force: true });
    })();
    return this.stopping;
  }
}

/** Ctrl-C / SIGTERM abort start-up and every request in flight. */
function abortOnSignals(): void {
  const onSignal = (signal: NodeJS.Signals): void => {
    say(`${signal}: stopping`);
    interrupt.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

async function runCases(
  api: Api,
  cases: readonly EvalCase[],
  parts: ReadonlyMap<string, ReportPart>,
  only: EvalArgs['part'],
  keyByTitle: ReadonlyMap<string, string>,
): Promise<CaseResult[]> {
  const runSeed = Date.now() % 1_000_000_000;
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    if (interrupt.signal.aborted) throw new Error('interrupted');
    const part = parts.get(c.id) ?? 'tuning';
    if (only !== 'all' && only !== 'heldout2' && part !== only) continue;
    results.push(await runCase(api, c, part, i, runSeed, keyByTitle));
  }
  return results;
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  const cases = loadCases(args.part);
  const parts = partsFor(args.part, cases);
  const published = generateCatalogue().offerings.filter((o) => o.status === 'published');
  const keyByTitle = seedKeysByTitle(published);
  if (args.pool) return checkPools(cases, published) === 0 ? 0 : 1;

  const stack = new EvalStack();
  abortOnSignals();
  try {
    const baseUrl = await stack.open(process.env);
    const api = new Api(baseUrl);
    await waitForIndex(api, published.length, say);
    const results = await runCases(api, cases, parts, args.part, keyByTitle);
    printTable(results, args.verbose);
    if (args.jsonOut !== undefined) {
      writeFileSync(
        args.jsonOut,
        relevanceReport(results, baseUrl, new Date(), {
          caseFiles: caseFilePaths(REPO_ROOT, args.part).map((f) => path.relative(REPO_ROOT, f)),
          splitSeed: SPLIT_SEED,
          byLevel: levelTable(results),
          ceilingByLevel: ceilingTable(
            results.map((r) => ({ level: r.level, judged: r.idealTop })),
          ),
        }),
      );
      say(`wrote ${args.jsonOut}`);
    }
    return relevanceExitCode(results);
  } finally {
    await stack.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
