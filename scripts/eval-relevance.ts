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
  CURRENT_QUESTIONNAIRE,
  matchingLevel,
  offeringServesRegion,
  scoreAssessment,
} from '@toolbox/domain';

import { generateCatalogue, type SeedOffering } from '@toolbox/demo-catalogue';
import { REPO_ROOT } from './lib/launcher.js';
import {
  type EvalPart,
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
  splitCases,
} from './lib/relevance-metrics.js';
import { freePort } from './lib/services.js';
import { type RunningStack, startStack } from './start.js';

/** Level-1 SMEs without an assessment, and SMEs assessed at levels 2–4. */
const CASE_FILES = [
  path.join(REPO_ROOT, 'eval', 'relevance', 'cases.json'),
  path.join(REPO_ROOT, 'eval', 'relevance', 'cases-levels.json'),
];
const LIMIT = 10;
const P_AT = 5;
const INDEX_TIMEOUT_MS = 180_000;
/** Ctrl-C / SIGTERM: aborts start-up and every request in flight, then the stack is stopped. */
const interrupt = new AbortController();

// ── The labelled set ────────────────────────────────────────────────────────────────────

interface Need {
  code: string;
  priority: number;
}

interface EvalCase {
  id: string;
  /** The assessed level the case claims (null: not assessed, matched as level 1). */
  level: number | null;
  /** A full questionnaire answer set, submitted through POST /api/assessments; null: none. */
  answers: Record<string, unknown> | null;
  companyName: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number | null;
  needs: {
    scenarios: Need[];
    monthlyBudgetCents: number | null;
    deployment: string | null;
    notes: string;
  };
  judgements: Map<string, number>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

let currentFile = '';

function fail(message: string): never {
  throw new Error(`${path.relative(REPO_ROOT, currentFile)}: ${message}`);
}

function str(o: Record<string, unknown>, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') fail(`${where}.${key} must be a non-empty string`);
  return v;
}

function int(o: Record<string, unknown>, key: string, where: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) fail(`${where}.${key} must be an integer`);
  return v;
}

function intOrNull(o: Record<string, unknown>, key: string, where: string): number | null {
  return o[key] === null || o[key] === undefined ? null : int(o, key, where);
}

function parseCase(raw: unknown, i: number): EvalCase {
  const where = `cases[${i}]`;
  if (!isRecord(raw)) fail(`${where} must be an object`);
  const needs = raw.needs;
  if (!isRecord(needs)) fail(`${where}.needs must be an object`);
  const scenarios = needs.scenarios;
  if (!Array.isArray(scenarios)) fail(`${where}.needs.scenarios must be an array`);
  const judgements = raw.judgements;
  if (!isRecord(judgements)) fail(`${where}.judgements must be an object`);
  const grades = new Map<string, number>();
  for (const [key, grade] of Object.entries(judgements)) {
    if (grade !== 0 && grade !== 1 && grade !== 2 && grade !== 3) {
      fail(`${where}.judgements.${key} must be 0, 1, 2 or 3`);
    }
    grades.set(key, grade);
  }
  const deployment = needs.deployment;
  if (deployment !== null && deployment !== undefined && typeof deployment !== 'string') {
    fail(`${where}.needs.deployment must be a string or null`);
  }
  const level = intOrNull(raw, 'level', where);
  const assessment = raw.assessment;
  let answers: Record<string, unknown> | null = null;
  if (assessment !== undefined) {
    if (!isRecord(assessment) || !isRecord(assessment.answers)) {
      fail(`${where}.assessment.answers must be an object`);
    }
    answers = assessment.answers;
  }
  if ((level === null) !== (answers === null)) {
    fail(`${where} must have both a level and assessment answers, or neither`);
  }
  return {
    id: str(raw, 'id', where),
    level,
    answers,
    companyName: str(raw, 'companyName', where),
    industry: str(raw, 'industry', where),
    region: str(raw, 'region', where),
    employees: int(raw, 'employees', where),
    annualRevenueCents: intOrNull(raw, 'annualRevenueCents', where),
    needs: {
      scenarios: scenarios.map((s: unknown, j): Need => {
        if (!isRecord(s)) fail(`${where}.needs.scenarios[${j}] must be an object`);
        return {
          code: str(s, 'code', `${where}.needs.scenarios[${j}]`),
          priority: int(s, 'priority', `${where}.needs.scenarios[${j}]`),
        };
      }),
      monthlyBudgetCents: intOrNull(needs, 'monthlyBudgetCents', `${where}.needs`),
      deployment: deployment ?? null,
      notes: typeof needs.notes === 'string' ? needs.notes : '',
    },
    judgements: grades,
  };
}

function loadCases(): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const file of CASE_FILES) {
    currentFile = file;
    const doc: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!isRecord(doc) || !Array.isArray(doc.cases)) fail('must be an object with a "cases" array');
    cases.push(...doc.cases.map((raw: unknown, i) => parseCase(raw, i)));
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) fail(`duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return cases;
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
  part: EvalPart;
  industry: string;
  region: string;
  returned: number;
  ndcg10: number;
  precision5: number;
  breaks: number;
  breakKinds: Record<Break, number>;
  unjudged: number;
  idealTop: number[];
  items: RankedItem[];
}

async function runCase(
  api: Api,
  c: EvalCase,
  part: EvalPart,
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
    'targets (held-out): nDCG@10 ≥ 0.90 overall and ≥ 0.85 at every level, P@5 ≥ 0.80, 0 breaks',
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

// ── Pool check (offline) ────────────────────────────────────────────────────────────────

/**
 * The judging pool: published, serves the region, lists a needed scenario or (assessed cases)
 * one of the first three weak scenarios of the case's assessment.
 */
function poolOf(c: EvalCase, published: readonly SeedOffering[]): SeedOffering[] {
  const needed = new Set(c.needs.scenarios.map((s) => s.code));
  if (c.answers !== null) {
    const needPriorities = Object.fromEntries(c.needs.scenarios.map((s) => [s.code, s.priority]));
    const result = scoreAssessment(CURRENT_QUESTIONNAIRE, c.answers, { needPriorities });
    if (result.level !== c.level) {
      throw new Error(
        `case ${c.id} claims level ${String(c.level)}, its answers score ${result.level}`,
      );
    }
    for (const s of result.weakScenarios.slice(0, 3)) needed.add(s);
  }
  return published.filter(
    (o) => offeringServesRegion(o.regions, c.region) && o.scenarios.some((s) => needed.has(s)),
  );
}

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
  parts: ReadonlyMap<string, EvalPart>,
  only: EvalPart | 'all',
  keyByTitle: ReadonlyMap<string, string>,
): Promise<CaseResult[]> {
  const runSeed = Date.now() % 1_000_000_000;
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    if (interrupt.signal.aborted) throw new Error('interrupted');
    const part = parts.get(c.id) ?? 'tuning';
    if (only !== 'all' && part !== only) continue;
    results.push(await runCase(api, c, part, i, runSeed, keyByTitle));
  }
  return results;
}

async function main(): Promise<number> {
  const args = parseEvalArgs(process.argv.slice(2));
  const cases = loadCases();
  const parts = splitCases(cases.map((c) => ({ id: c.id, level: matchingLevel(c.level) })));
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
          splitSeed: SPLIT_SEED,
          byLevel: levelTable(results),
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
