/**
 * Offline sweeps of the matching score on the old labelled set of `eval/relevance`
 * (`cases.json` and `cases-levels.json`, both parts of their split: the old held-out part was
 * read three times and is burnt, docs/relevance.md "Step 4"). No other case file is read. Two
 * steps:
 *
 *   npx tsx --tsconfig scripts/tsconfig.json scripts/relevance-sweep.ts capture [--out file]
 *     Starts a stack with the demo seed (or uses EVAL_BASE_URL with MEILI_URL and
 *     MEILI_MASTER_KEY), registers one SME per case exactly as `npm run eval:relevance`
 *     does (profile, needs, questionnaire answers), and stores what `GET /api/matches` ranks from:
 *     the Meilisearch answers of the by-scenario and by-notes candidate queries (more hits than
 *     the API asks for, so the API's limits apply offline), the SME's net prices where a
 *     programme applies, the peers counts and the API's own top 50 (the reproduction check).
 *
 *   npx tsx --tsconfig scripts/tsconfig.json scripts/relevance-sweep.ts score [--in file]
 *       [--verbose] [--set weight.text=0.12 --set factor.below=0.1 …] [--grid factor.below=0,0.1,0.2]
 *       [--no-ratings] [--text-query] [--part tuning|held-out]
 *     Re-ranks the captured candidates in-process with the pure scoring of libs/domain/src/matching
 *     (a copy of MatchingService.match's ranking) and prints nDCG@10 and P@5 per part and level, with
 *     how many cases' top 10 equal the API's at capture time (`--part`: only that part). `--set` / `--grid` change MATCH_WEIGHTS
 *     or MATCH_FACTORS in memory for the run (the weights are not renormalised). `--verbose` adds
 *     each case's top 10 (and graded ≥ 2 offerings down to rank 30) with the score's parts.
 *     `--no-ratings`: profiles without the assessment's scenario ratings; `--text-query`: also the
 *     by-notes Meilisearch query that matching made before 2026-12-02 (the higher of its rank and
 *     notesRelevance).
 *
 * Default capture file: tmp/relevance-old-candidates.json (git-ignored). Re-capture whenever
 * the candidate retrieval in apps/api/src/modules/matching/matching.service.ts changes. Method:
 * docs/relevance.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';

import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  CURRENT_QUESTIONNAIRE,
  diversify,
  type Deployment,
  hardConstraintBroken,
  MATCH_FACTORS,
  MATCH_WEIGHTS,
  type MatchCandidate,
  type MatchProfile,
  matchingLevel,
  maxEntryStage,
  notesRelevance,
  type ScenarioCode,
  scoreAssessment,
  scoreMatch,
} from '@toolbox/domain';
import { generateCatalogue } from '@toolbox/demo-catalogue';
import { buildFilter, normaliseQuery, OFFERINGS_INDEX } from '@toolbox/search';
import { REPO_ROOT } from './lib/launcher.js';
import {
  type EvalPart,
  evalBaseUrl,
  levelTable,
  ndcg,
  precisionAt,
  seedKeysByTitle,
  splitCases,
} from './lib/relevance-metrics.js';
import { freePort } from './lib/services.js';
import { type RunningStack, startStack } from './start.js';

/** MatchingService's limits: by-scenario candidates, by-notes candidates, results. */
const CANDIDATES = 300;
const TEXT_CANDIDATES = 50;
const LIMIT = 10;
/** Captured with more hits than the API asks for, so that its limits apply offline. */
const CAPTURE_SCENARIO = 1000;
const CAPTURE_TEXT = 100;
/** Whether the profile carries the assessment's scenario ratings (off: `--no-ratings`). */
const RATINGS = !process.argv.includes('--no-ratings');
/** `--text-query`: also the retrieval before 2026-12-02 (a full-text query of the notes). */
const TEXT_QUERY = process.argv.includes('--text-query');
const DEFAULT_FILE = path.join(REPO_ROOT, 'tmp', 'relevance-old-candidates.json');
const CASE_FILES = ['cases.json', 'cases-levels.json'].map((f) =>
  path.join(REPO_ROOT, 'eval', 'relevance', f),
);

// ── Cases (both parts of the old set) ─────────────────────────────────────────────────────

interface SweepCase {
  id: string;
  level: number | null;
  answers: Record<string, unknown> | null;
  companyName: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number | null;
  needs: {
    scenarios: { code: ScenarioCode; priority: number }[];
    monthlyBudgetCents: number | null;
    deployment: Deployment | null;
    notes: string;
  };
  judgements: Record<string, number>;
}

interface RawCase {
  id: string;
  level: number | null;
  assessment?: { answers: Record<string, unknown> };
  companyName: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents?: number | null;
  needs: {
    scenarios: { code: ScenarioCode; priority: number }[];
    monthlyBudgetCents?: number | null;
    deployment?: Deployment | null;
    notes?: string;
  };
  judgements: Record<string, number>;
}

/** Every case of the labelled set with its part of the split (eval-relevance.ts validates them). */
function loadCases(): { c: SweepCase; part: EvalPart }[] {
  const all: SweepCase[] = [];
  for (const file of CASE_FILES) {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { cases: RawCase[] };
    for (const r of doc.cases) {
      all.push({
        id: r.id,
        level: r.level ?? null,
        answers: r.assessment?.answers ?? null,
        companyName: r.companyName,
        industry: r.industry,
        region: r.region,
        employees: r.employees,
        annualRevenueCents: r.annualRevenueCents ?? null,
        needs: {
          scenarios: r.needs.scenarios,
          monthlyBudgetCents: r.needs.monthlyBudgetCents ?? null,
          deployment: r.needs.deployment ?? null,
          notes: r.needs.notes ?? '',
        },
        judgements: r.judgements,
      });
    }
  }
  const parts = splitCases(all.map((c) => ({ id: c.id, level: matchingLevel(c.level) })));
  return all.map((c) => ({ c, part: parts.get(c.id) ?? 'tuning' }));
}

/** The old set's cases with their part, or only one part (`--part`). */
function casesOf(part: EvalPart | 'all'): { c: SweepCase; part: EvalPart }[] {
  return loadCases().filter((x) => part === 'all' || x.part === part);
}

/** The matching profile the API builds for the case (level and weak scenarios from the answers). */
function profileOf(c: SweepCase): MatchProfile {
  let level: number | null = null;
  let weakScenarios: ScenarioCode[] = [];
  let scenarioRatings: MatchProfile['scenarioRatings'] = {};
  if (c.answers !== null) {
    const needPriorities = Object.fromEntries(c.needs.scenarios.map((s) => [s.code, s.priority]));
    const result = scoreAssessment(CURRENT_QUESTIONNAIRE, c.answers, { needPriorities });
    if (result.level !== c.level) throw new Error(`case ${c.id}: level ${result.level}`);
    level = result.level;
    weakScenarios = [...result.weakScenarios];
    scenarioRatings = result.scenarioRatings;
  }
  return {
    industry: c.industry,
    region: c.region,
    level,
    needs: c.needs.scenarios,
    monthlyBudgetCents: c.needs.monthlyBudgetCents,
    deployment: c.needs.deployment,
    weakScenarios,
    ...(RATINGS ? { scenarioRatings } : {}),
  };
}

// ── Capture ───────────────────────────────────────────────────────────────────────────────

/** A candidate as MatchingService sees it (SearchService.candidates). */
interface Candidate {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  /** The description's distinct terms as the index stores them (ADR 0007). */
  descriptionTerms: string;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: string;
  minMonthlyPriceCents: number;
  rating: number | null;
  providerId: string;
  publishedAt: number;
  rankingScore: number;
}

interface CapturedCase {
  id: string;
  byScenario: Candidate[];
  byText: Candidate[];
  /** Net monthly price by offering id, where a programme lowers it (empty: eligible for none). */
  netPrices: Record<string, number>;
  /** Peers that adopted the offering, by id, from the API's reasons (top 50 only). */
  peers: Record<string, number>;
  /** The API's ranking at capture time: offering ids and scores. */
  api: { id: string; score: number }[];
}

interface Capture {
  capturedAt: string;
  cases: CapturedCase[];
}

type Json = Record<string, unknown>;

async function call(
  base: string,
  method: string,
  route: string,
  opts: { body?: unknown; token?: string; expect?: number } = {},
): Promise<Json> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${base}${route}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  if (res.status !== (opts.expect ?? 200)) {
    throw new Error(`${method} ${route} answered ${res.status}: ${text}`);
  }
  return text === '' ? {} : (JSON.parse(text) as Json);
}

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

/** Registers the case's SME like eval-relevance.ts; answers its token. */
async function registerSme(
  base: string,
  c: SweepCase,
  runSeed: number,
  index: number,
): Promise<string> {
  const tag = runSeed.toString(36);
  const auth = await call(base, 'POST', '/api/auth/register', {
    body: {
      email: `sweep-${tag}-${c.id}@eval.toolbox.local`,
      password: `Sweep-${tag}-password`,
      name: `Relevance sweep ${c.id}`,
      role: 'sme',
    },
    expect: 201,
  });
  const token = String(auth.accessToken);
  await call(base, 'PUT', '/api/smes/me', {
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
  await call(base, 'PUT', '/api/smes/me/needs', {
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
    const assessed = await call(base, 'POST', '/api/assessments', {
      token,
      body: { answers: c.answers },
      expect: 201,
    });
    if (assessed.level !== c.level)
      throw new Error(`case ${c.id}: API level ${String(assessed.level)}`);
  }
  return token;
}

function asCandidate(h: Json): Candidate {
  return {
    id: String(h.id),
    title: String(h.title),
    summary: String(h.summary),
    tags: Array.isArray(h.tags) ? (h.tags as string[]) : [],
    descriptionTerms: typeof h.descriptionTerms === 'string' ? h.descriptionTerms : '',
    scenarios: h.scenarios as ScenarioCode[],
    industries: h.industries as string[],
    stages: h.stages as number[],
    regions: h.regions as string[],
    deployment: String(h.deployment),
    minMonthlyPriceCents: Number(h.minMonthlyPriceCents),
    rating: h.rating === null ? null : Number(h.rating),
    providerId: String(h.providerId),
    publishedAt: Number(h.publishedAt),
    rankingScore: typeof h._rankingScore === 'number' ? h._rankingScore : 0,
  };
}

async function captureCase(
  base: string,
  meili: Meilisearch,
  c: SweepCase,
  runSeed: number,
  index: number,
): Promise<CapturedCase> {
  const token = await registerSme(base, c, runSeed, index);
  const profile = profileOf(c);
  const wanted = [...new Set([...profile.needs.map((n) => n.code), ...profile.weakScenarios])];
  const stages = Array.from({ length: maxEntryStage(profile.level) }, (_, i) => i + 1);
  // The list-price cap of retrieval is left out: the budget rule runs offline on the net price.
  const filter = { region: profile.region, industry: [profile.industry], stage: stages };
  const index_ = meili.index(OFFERINGS_INDEX);
  const search = async (
    q: string,
    f: typeof filter & { scenario?: ScenarioCode[] },
    limit: number,
  ) =>
    (
      await index_.search(normaliseQuery(q), {
        filter: buildFilter(f),
        limit,
        showRankingScore: true,
        matchingStrategy: 'last',
      })
    ).hits.map((h) => asCandidate(h as Json));
  const byScenario = await search(
    '',
    { ...filter, ...(wanted.length > 0 ? { scenario: wanted } : {}) },
    CAPTURE_SCENARIO,
  );
  const byText =
    c.needs.notes.trim() === '' ? [] : await search(c.needs.notes, filter, CAPTURE_TEXT);

  const netPrices: Record<string, number> = {};
  const eligible = await call(base, 'GET', '/api/programmes/eligible?pageSize=100', { token });
  if (Array.isArray(eligible.items) && eligible.items.length > 0) {
    for (let page = 1; ; page += 1) {
      const res = await call(
        base,
        'GET',
        `/api/search/offerings?region=${c.region}&pageSize=100&page=${page}`,
        { token },
      );
      const items = (res.items ?? []) as Json[];
      for (const item of items) {
        const net = item.netMinMonthlyPriceCents;
        if (typeof net === 'number' && net !== item.minMonthlyPriceCents)
          netPrices[String(item.id)] = net;
      }
      if (items.length < 100) break;
    }
  }

  const matches = await call(base, 'GET', '/api/matches?limit=50', { token });
  const peers: Record<string, number> = {};
  const api = ((matches.items ?? []) as Json[]).map((m) => {
    const offering = m.offering as Json;
    const id = String(offering.id);
    for (const r of (m.reasons ?? []) as Json[]) {
      if (r.code === 'peers') peers[id] = Number.parseInt(String(r.textEn), 10);
    }
    return { id, score: Number(m.score) };
  });
  return { id: c.id, byScenario, byText, netPrices, peers, api };
}

async function capture(out: string): Promise<void> {
  const cases = casesOf('all').map(({ c }) => c);
  let stack: RunningStack | null = null;
  let dataDir: string | null = null;
  try {
    let base = evalBaseUrl(process.env);
    let meiliUrl = process.env.MEILI_URL ?? '';
    let meiliKey = process.env.MEILI_MASTER_KEY ?? '';
    if (base === '') {
      dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-sweep-'));
      stack = await startStack({
        port: await freePort(),
        dataDir,
        build: false,
        env: { SEED_DEMO: 'true', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000' },
        say: (m) => process.stdout.write(`▸ ${m}\n`),
      });
      base = stack.url;
      meiliUrl = stack.meiliUrl;
      meiliKey = stack.services.apiEnv.MEILI_MASTER_KEY ?? '';
    }
    const published = generateCatalogue().offerings.filter((o) => o.status === 'published').length;
    for (let waited = 0; ; waited += 1) {
      const res = await call(base, 'GET', '/api/search/offerings?pageSize=1').catch(
        (): Json => ({}),
      );
      if (res.total === published) break;
      if (waited > 180) throw new Error('search did not index the seed catalogue in 180 s');
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const meili = new Meilisearch({ host: meiliUrl, apiKey: meiliKey });
    const runSeed = Date.now() % 1_000_000_000;
    const captured: CapturedCase[] = [];
    for (const [i, c] of cases.entries()) {
      captured.push(await captureCase(base, meili, c, runSeed, i));
      process.stdout.write(`captured ${c.id}\n`);
    }
    mkdirSync(path.dirname(out), { recursive: true });
    const doc: Capture = { capturedAt: new Date().toISOString(), cases: captured };
    writeFileSync(out, `${JSON.stringify(doc)}\n`);
    process.stdout.write(`wrote ${captured.length} cases to ${path.relative(REPO_ROOT, out)}\n`);
  } finally {
    await stack?.stop();
    if (dataDir !== null) await rm(dataDir, { recursive: true, force: true });
  }
}

// ── Offline ranking (a copy of MatchingService.match) ─────────────────────────────────────

interface Ranked {
  id: string;
  title: string;
  score: number;
  /** What scoreMatch saw, for the per-part breakdown of `--verbose`. */
  input: MatchCandidate;
}

/** The score's parts for one candidate (scoreMatch with one weight at a time), for `--verbose`. */
function parts(profile: MatchProfile, input: MatchCandidate): string {
  const table = MATCH_WEIGHTS as unknown as Record<string, number>;
  const saved = { ...table };
  const out: string[] = [];
  for (const key of Object.keys(saved)) {
    for (const k of Object.keys(saved)) table[k] = k === key ? (saved[k] ?? 0) : 0;
    const v = scoreMatch(profile, input).score;
    out.push(`${key.slice(0, 2)}${(v * 100).toFixed(0).padStart(3)}`);
  }
  Object.assign(table, saved);
  return out.join(' ');
}

function rankCaptured(profile: MatchProfile, notes: string, cap: CapturedCase): Ranked[] {
  const byScenario = cap.byScenario.slice(0, CANDIDATES);
  const byText = notes.trim() === '' || !TEXT_QUERY ? [] : cap.byText.slice(0, TEXT_CANDIDATES);
  const textRank = new Map(
    byText.map((c, i) => [c.id, Math.max(0.2, c.rankingScore) * (1 - i / 100)]),
  );
  const seen = new Map(byScenario.map((c) => [c.id, c]));
  for (const c of byText) if (!seen.has(c.id)) seen.set(c.id, c);
  const priced = [...seen.values()].map((c) => ({
    c,
    price: cap.netPrices[c.id] ?? c.minMonthlyPriceCents,
  }));
  const kept = priced.filter(
    ({ c, price }) => hardConstraintBroken(profile, { ...c, minMonthlyPriceCents: price }) === null,
  );
  const notesRank = notesRelevance(
    notes,
    kept.map(({ c }) => `${c.title} ${c.summary}`),
  );
  const scored = kept
    .map(({ c, price }, i) => {
      const input: MatchCandidate = {
        ...c,
        minMonthlyPriceCents: price,
        textRelevance: Math.max(textRank.get(c.id) ?? 0, notesRank[i] ?? 0),
        peersAdopted: cap.peers[c.id] ?? 0,
      };
      return { c, input, score: scoreMatch(profile, input).score };
    })
    .sort(
      (a, b) =>
        b.score - a.score || b.c.publishedAt - a.c.publishedAt || a.c.id.localeCompare(b.c.id),
    );
  return diversify(scored, (s) => s.c.providerId).map((s) => ({
    id: s.c.id,
    title: s.c.title,
    score: s.score,
    input: s.input,
  }));
}

type Knob = { table: Record<string, number>; key: string; name: string };

function knob(name: string): Knob {
  const [kind, key] = name.split('.');
  const table = (
    kind === 'weight' ? MATCH_WEIGHTS : kind === 'factor' ? MATCH_FACTORS : null
  ) as Record<string, number> | null;
  if (table === null || key === undefined || !(key in table)) {
    throw new Error(`unknown knob ${name}: use weight.<name> or factor.<name>`);
  }
  return { table, key, name };
}

interface Score {
  /** Key: `<part> L<level>` (part tuning, held-out or all; level 1–4 or all). */
  byLevel: Map<string, { ndcg: number; p5: number; n: number }>;
  sameTop10: number;
  lines: string[];
}

function scoreAll(
  cases: readonly { c: SweepCase; part: EvalPart }[],
  capture: Capture,
  verbose: boolean,
): Score {
  const keyByTitle = seedKeysByTitle(
    generateCatalogue().offerings.filter((o) => o.status === 'published'),
  );
  const captured = new Map(capture.cases.map((c) => [c.id, c]));
  const rows: {
    level: number;
    part: EvalPart;
    ndcg10: number;
    precision5: number;
    breaks: number;
  }[] = [];
  const lines: string[] = [];
  let sameTop10 = 0;
  for (const { c, part } of cases) {
    const cap = captured.get(c.id);
    if (cap === undefined) throw new Error(`case ${c.id} was not captured: capture again`);
    const profile = profileOf(c);
    const all = rankCaptured(profile, c.needs.notes, cap);
    const ranked = all.slice(0, LIMIT);
    const gradeOf = (title: string): number => c.judgements[keyByTitle.get(title) ?? ''] ?? 0;
    const grades = ranked.map((r) => gradeOf(r.title));
    const n = ndcg(grades, Object.values(c.judgements), LIMIT);
    const same =
      cap.api
        .slice(0, LIMIT)
        .map((a) => a.id)
        .join() === ranked.map((r) => r.id).join();
    if (same) sameTop10 += 1;
    rows.push({
      level: matchingLevel(c.level),
      part,
      ndcg10: n,
      precision5: precisionAt(grades, 5),
      breaks: 0,
    });
    lines.push(
      `${c.id.padEnd(32)} L${matchingLevel(c.level)} ${part === 'tuning' ? 'T' : 'H'} ${n.toFixed(3)} ${grades.join('')}${same ? '' : '  (≠ API top 10 at capture)'}`,
    );
    if (verbose) {
      const needs = c.needs.scenarios.map((n) => `${n.code}:${n.priority}`).join(',');
      lines.push(
        `    weak ${profile.weakScenarios.slice(0, 4).join(',')}  needs ${needs}  budget ${String(c.needs.monthlyBudgetCents)}`,
      );
      for (const [i, r] of all.slice(0, 30).entries()) {
        if (i >= LIMIT && gradeOf(r.title) < 2) continue;
        lines.push(
          `    ${String(i + 1).padStart(2)}. [${gradeOf(r.title)}] ${r.score.toFixed(3)} ${parts(profile, r.input)} st${r.input.stages.join('')} ¥${r.input.minMonthlyPriceCents / 100} ${keyByTitle.get(r.title) ?? '?'}`,
        );
      }
      const missed = Object.entries(c.judgements)
        .filter(([k, g]) => g === 3 && !ranked.some((r) => keyByTitle.get(r.title) === k))
        .map(([k]) => k);
      if (missed.length > 0) lines.push(`    grade 3 below rank 10: ${missed.join(' ')}`);
    }
  }
  const byLevel = new Map<string, { ndcg: number; p5: number; n: number }>();
  for (const row of levelTable(rows)) {
    byLevel.set(`${row.part} L${row.level}`, {
      ndcg: row.ndcg10,
      p5: row.precision5,
      n: row.cases,
    });
  }
  return { byLevel, sameTop10, lines };
}

/** One line: the whole set per level (`all L…`), or the only part captured by `--part`. */
function summary(s: Score): string {
  const rows = [...s.byLevel].filter(([key]) => key.startsWith('all '));
  return (rows.length > 0 ? rows : [...s.byLevel])
    .map(([key, v]) => `${key.replace(/^all /, '')} ${v.ndcg.toFixed(3)}/${v.p5.toFixed(3)}`)
    .join('  ');
}

/** A table: one row per part and level with nDCG@10, P@5 and the number of cases. */
function table(s: Score): string {
  return [...s.byLevel]
    .map(
      ([key, v]) =>
        `  ${key.padEnd(14)} ${String(v.n).padStart(3)} cases  nDCG@10 ${v.ndcg.toFixed(3)}  P@5 ${v.p5.toFixed(3)}`,
    )
    .join('\n');
}

function score(file: string, args: readonly string[]): void {
  if (!existsSync(file)) throw new Error(`${file} missing: run the capture step first`);
  const capture = JSON.parse(readFileSync(file, 'utf8')) as Capture;
  const partAt = args.indexOf('--part');
  const part = partAt >= 0 ? args[partAt + 1] : 'all';
  if (part !== 'all' && part !== 'tuning' && part !== 'held-out') {
    throw new Error(`--part must be tuning or held-out, not ${String(part)}`);
  }
  const cases = casesOf(part);
  const verbose = args.includes('--verbose');
  args.forEach((a, i) => {
    if (a !== '--set') return;
    const [name, value] = (args[i + 1] ?? '').split('=');
    const k = knob(name ?? '');
    k.table[k.key] = Number(value);
  });
  const gridAt = args.indexOf('--grid');
  if (gridAt >= 0) {
    const [name, values] = (args[gridAt + 1] ?? '').split('=');
    const k = knob(name ?? '');
    for (const v of (values ?? '').split(',').map(Number)) {
      k.table[k.key] = v;
      process.stdout.write(`${k.name}=${v}  ${summary(scoreAll(cases, capture, false))}\n`);
    }
    return;
  }
  const s = scoreAll(cases, capture, verbose);
  process.stdout.write(`${s.lines.join('\n')}\n`);
  process.stdout.write(
    `old set (captured ${capture.capturedAt}), per part and level:\n${table(s)}\n` +
      `top 10 equal to the API's at capture: ${s.sameTop10} of ${cases.length}\n`,
  );
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  const fileAt = args.findIndex((a) => a === '--out' || a === '--in');
  const file = fileAt >= 0 ? path.resolve(args[fileAt + 1] ?? '') : DEFAULT_FILE;
  if (command === 'capture') await capture(file);
  else if (command === 'score') score(file, args);
  else throw new Error('usage: relevance-sweep.ts capture|score [options] (see the file header)');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
