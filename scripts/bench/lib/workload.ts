/**
 * The fixed workload: the search query mix (as API query strings and as the Meilisearch
 * requests the API builds from them), the 200 benchmark SMEs and their assessment answers.
 * Everything is deterministic.
 */
import type { SearchOfferingsQuery } from '@toolbox/contracts';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  type Deployment,
  INDUSTRY_CODES,
  maxEntryStage,
  REGION_CODES,
  type ScenarioCode,
  SCENARIO_CODES,
} from '@toolbox/domain';

import { OFFERING_INDEX_SETTINGS } from '@toolbox/search';
import {
  buildFilter,
  HIGHLIGHT_TAGS,
  normaliseQuery,
  type SearchFilterInput,
  sortOf,
} from '@toolbox/search';
import { buildSmes } from '@toolbox/demo-catalogue';
import { createRng, hashString } from '@toolbox/demo-catalogue';
import { BENCH_SEED } from './dataset.js';

export { OFFERING_INDEX_SETTINGS };

/**
 * DEFAULT_PAGE_SIZE of @toolbox/contracts (api-v1.md: default 20). Not imported at run time:
 * the contracts' DTO decorators need reflect-metadata, which only the API loads.
 */
const DEFAULT_PAGE_SIZE = 20;

export type QueryGroup = 'zh' | 'en' | 'filters' | 'filters+text';

export interface BenchQuery {
  group: QueryGroup;
  label: string;
  query: SearchOfferingsQuery;
}

const q = (group: QueryGroup, label: string, query: SearchOfferingsQuery = {}): BenchQuery => ({
  group,
  label,
  query,
});

/** The search mix, in the order requests cycle through it. */
export const QUERY_MIX: readonly BenchQuery[] = [
  // Chinese free text
  ...[
    '报工',
    '排产',
    '进销存',
    '设备点检',
    '质量追溯',
    '能耗',
    '云MES',
    'ERP系统',
    '仓储管理',
    '电子签章',
    '考勤 薪酬',
    '数字孪生',
    '低代码',
    '视觉质检',
    '供应商 采购协同',
    '安全生产',
    '注塑 排产',
    '财务 记账',
    '看板',
    '客户关系管理',
  ].map((text) => q('zh', text, { q: text })),
  // English free text
  ...[
    'MES',
    'cloud ERP',
    'inventory management',
    'predictive maintenance',
    'energy monitoring',
    'traceability',
    'quality inspection',
    'production scheduling',
    'low-code',
    'e-signature',
    'payroll',
    'CRM',
    'warehouse',
    'cybersecurity',
  ].map((text) => q('en', text, { q: text })),
  // Filters only (no text)
  q('filters', '(browse, no filter)'),
  q('filters', 'scenario=production_control', { scenario: ['production_control'] }),
  q('filters', 'industry=C34 stage=1,2', { industry: ['C34'], stage: [1, 2] }),
  q('filters', 'region=330100 kind=saas', { region: '330100', kind: ['saas'] }),
  q('filters', 'scenario=quality max=¥500', { scenario: ['quality'], maxMonthlyPriceCents: 50000 }),
  q('filters', 'kind=hardware region=440000', { kind: ['hardware'], region: '440000' }),
  q('filters', 'scenario=energy,equipment stage=2', {
    scenario: ['energy', 'equipment'],
    stage: [2],
  }),
  q('filters', 'industry=C29 region=320100 max=¥1000 price_asc', {
    industry: ['C29'],
    region: '320100',
    maxMonthlyPriceCents: 100000,
    sort: 'price_asc',
  }),
  q('filters', 'kind=service scenario=consulting rating', {
    kind: ['service'],
    scenario: ['consulting'],
    sort: 'rating',
  }),
  q('filters', 'region=510100 newest', { region: '510100', sort: 'newest' }),
  // Filters + text
  q('filters+text', '排产 industry=C29', { q: '排产', industry: ['C29'] }),
  q('filters+text', 'MES region=330100 stage=1', { q: 'MES', region: '330100', stage: [1] }),
  q('filters+text', '进销存 max=¥300', { q: '进销存', maxMonthlyPriceCents: 30000 }),
  q('filters+text', 'quality scenario=quality kind=saas', {
    q: 'quality',
    scenario: ['quality'],
    kind: ['saas'],
  }),
  q('filters+text', '设备点检 industry=C34 region=320000', {
    q: '设备点检',
    industry: ['C34'],
    region: '320000',
  }),
  q('filters+text', '报工 stage=1,2 price_asc', { q: '报工', stage: [1, 2], sort: 'price_asc' }),
  q('filters+text', 'ERP kind=saas max=¥500', {
    q: 'ERP',
    kind: ['saas'],
    maxMonthlyPriceCents: 50000,
  }),
  q('filters+text', '能耗 scenario=energy region=440100', {
    q: '能耗',
    scenario: ['energy'],
    region: '440100',
  }),
  q('filters+text', 'traceability industry=C13', { q: 'traceability', industry: ['C13'] }),
  q('filters+text', '云MES kind=saas stage=2', { q: '云MES', kind: ['saas'], stage: [2] }),
];

/** `/api/search/offerings?…` for a query (repeatable parameters repeated). */
export function apiPath(query: SearchOfferingsQuery): string {
  const params = new URLSearchParams();
  if (query.q !== undefined) params.append('q', query.q);
  for (const s of query.scenario ?? []) params.append('scenario', s);
  for (const i of query.industry ?? []) params.append('industry', i);
  for (const s of query.stage ?? []) params.append('stage', String(s));
  for (const k of query.kind ?? []) params.append('kind', k);
  if (query.region !== undefined) params.append('region', query.region);
  if (query.maxMonthlyPriceCents !== undefined)
    params.append('maxMonthlyPriceCents', String(query.maxMonthlyPriceCents));
  if (query.sort !== undefined) params.append('sort', query.sort);
  const text = params.toString();
  return `/api/search/offerings${text === '' ? '' : `?${text}`}`;
}

/**
 * Copies of two private constants of search.service.ts (FACETS, RETRIEVED). The parity check
 * in the benchmark compares the API's and the direct answers (total and ids of page 1) for every
 * query, so a drift here shows up as a failed check.
 */
export const FACETS = ['scenarios', 'industries', 'stages', 'kind'];
export const RETRIEVED = [
  'id',
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'kind',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'deliveryDays',
  'minMonthlyPriceCents',
  'rating',
  'tags',
  'providerId',
  'providerName',
];

/** The body SearchService.searchOfferings sends to Meilisearch for a query (first attempt). */
export function meiliSearchBody(
  query: SearchOfferingsQuery,
  matchingStrategy: 'all' | 'last' = 'all',
): Record<string, unknown> {
  const sort = sortOf(query.sort);
  return {
    q: normaliseQuery(query.q),
    filter: buildFilter(query),
    facets: FACETS,
    page: query.page ?? 1,
    hitsPerPage: query.pageSize ?? DEFAULT_PAGE_SIZE,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ['title', 'summary', 'titleEn', 'summaryEn'],
    ...HIGHLIGHT_TAGS,
    ...(sort !== undefined ? { sort } : {}),
    matchingStrategy,
  };
}

// ── SMEs ────────────────────────────────────────────────────────────────────────────────

export interface BenchSme {
  index: number;
  email: string;
  password: string;
  companyName: string;
  creditCode: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number;
  /** The level its assessment answers aim at. */
  targetLevel: number;
  needs: {
    scenarios: { code: ScenarioCode; priority: number }[];
    monthlyBudgetCents: number | null;
    deployment: Deployment | null;
    notes: string;
  };
}

function creditCode(region: string, index: number): string {
  let n = 7_000_000 + index * 7919;
  let tail = '';
  for (let i = 0; i < 7; i += 1) {
    tail = CREDIT_CODE_ALPHABET[n % CREDIT_CODE_ALPHABET.length] + tail;
    n = Math.floor(n / CREDIT_CODE_ALPHABET.length);
  }
  const body = `91${region}MA${tail}`;
  return body + creditCodeCheckChar(body);
}

const MANUFACTURING = INDUSTRY_CODES.filter((c) => c.startsWith('C'));

/**
 * 200 SMEs: the 26 demo SMEs' needs and notes, each reused with other industries, regions,
 * budgets and levels (one in ten without notes, so matching runs one query instead of two).
 */
export function benchSmes(count: number): BenchSme[] {
  const seeds = buildSmes();
  return Array.from({ length: count }, (_, i): BenchSme => {
    const base = seeds[i % seeds.length];
    const rng = createRng((hashString(`sme/${i}`) ^ BENCH_SEED) >>> 0);
    const keepOwn = i < seeds.length;
    const industry = keepOwn ? base.industry : rng.pick(MANUFACTURING);
    const region = keepOwn ? base.region : rng.pick(REGION_CODES);
    const extra = rng.chance(0.4) ? rng.sample(SCENARIO_CODES, 1) : [];
    const scenarios = [
      ...base.needs.scenarios,
      ...extra
        .filter((c) => !base.needs.scenarios.some((s) => s.code === c))
        .map((code) => ({ code, priority: rng.int(1, 4) })),
    ];
    const budget = base.needs.monthlyBudgetCents;
    return {
      index: i,
      email: `sme-${i}@bench.toolbox.local`,
      password: `Bench-sme-${i}-password`,
      companyName: `${base.companyName.replace(/有限公司$/, '')}${keepOwn ? '' : `第${i}分厂`}有限公司`,
      creditCode: creditCode(region, i),
      industry,
      region,
      employees: Math.max(1, Math.round(base.employees * (0.5 + rng.next()))),
      annualRevenueCents: base.annualRevenueCents,
      targetLevel: keepOwn ? base.targetLevel : rng.int(0, 4),
      needs: {
        scenarios,
        monthlyBudgetCents:
          budget === null ? null : Math.round((budget * (0.5 + rng.next() * 1.5)) / 100) * 100,
        deployment: base.needs.deployment,
        notes: i % 10 === 9 ? '' : base.needs.notes,
      },
    };
  });
}

// ── Assessment answers ──────────────────────────────────────────────────────────────────

export interface QuestionnaireIndicator {
  code: string;
  multiple: boolean;
  options: { code: string }[];
}

function asIndicators(x: unknown): QuestionnaireIndicator[] {
  const out: QuestionnaireIndicator[] = [];
  const dims =
    typeof x === 'object' && x !== null && 'dimensions' in x && Array.isArray(x.dimensions)
      ? (x.dimensions as unknown[])
      : [];
  for (const d of dims) {
    const inds =
      typeof d === 'object' && d !== null && 'indicators' in d && Array.isArray(d.indicators)
        ? (d.indicators as unknown[])
        : [];
    for (const ind of inds) {
      if (typeof ind !== 'object' || ind === null) continue;
      const { code, multiple, options } = ind as Record<string, unknown>;
      if (typeof code !== 'string' || !Array.isArray(options)) continue;
      out.push({
        code,
        multiple: multiple === true,
        options: options.flatMap((o: unknown) =>
          typeof o === 'object' && o !== null && typeof (o as { code?: unknown }).code === 'string'
            ? [{ code: (o as { code: string }).code }]
            : [],
        ),
      });
    }
  }
  return out;
}

/** Answers aiming at `targetLevel` (options run from least to most digital), with jitter. */
export function assessmentAnswers(
  questionnaire: unknown,
  targetLevel: number,
  seed: number,
): Record<string, string | string[]> {
  const rng = createRng((seed ^ BENCH_SEED) >>> 0);
  const answers: Record<string, string | string[]> = {};
  for (const ind of asIndicators(questionnaire)) {
    const n = ind.options.length;
    if (n === 0) continue;
    const share = Math.min(1, Math.max(0, targetLevel / 4 + (rng.next() - 0.5) * 0.3));
    if (ind.multiple) {
      answers[ind.code] = ind.options.slice(0, Math.round(share * n)).map((o) => o.code);
    } else {
      answers[ind.code] = ind.options[Math.round(share * (n - 1))].code;
    }
  }
  return answers;
}

/** What MatchingService.match filters on for a profile (for the direct-Meilisearch breakdown). */
export function matchingFilters(p: {
  industry: string;
  region: string;
  level: number | null;
  needs: ScenarioCode[];
  weakScenarios: ScenarioCode[];
  monthlyBudgetCents: number | null;
}): { byScenario: SearchFilterInput; byText: SearchFilterInput } {
  const wanted = [...new Set([...p.needs, ...p.weakScenarios])];
  const stage = Array.from({ length: maxEntryStage(p.level) }, (_, i) => i + 1);
  const filter: SearchFilterInput = {
    region: p.region,
    industry: [p.industry],
    stage,
    ...(p.monthlyBudgetCents !== null ? { maxMonthlyPriceCents: 2 * p.monthlyBudgetCents } : {}),
  };
  return {
    byScenario: { ...filter, ...(wanted.length > 0 ? { scenario: wanted } : {}) },
    byText: filter,
  };
}

/** The candidate request of SearchService.candidates (limit 300 by scenario, 50 by notes). */
export function meiliCandidatesBody(
  text: string,
  filter: SearchFilterInput,
  limit: number,
): Record<string, unknown> {
  return {
    q: normaliseQuery(text),
    filter: buildFilter(filter),
    limit,
    attributesToRetrieve: [...RETRIEVED, 'publishedAt'],
    showRankingScore: true,
    matchingStrategy: 'last',
  };
}
