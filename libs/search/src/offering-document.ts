import type { Settings } from 'meilisearch';
import type { PlanView } from '@toolbox/contracts';
import { SCENARIOS, type Deployment, type OfferingKind, type ScenarioCode } from '@toolbox/domain';

export const OFFERINGS_INDEX = 'offerings';

/** Marks "every industry" / "nationwide" in the filter fields, so one IN (…) covers both cases. */
export const ANY = '*';

/** The document Meilisearch stores for a published offering. */
export type OfferingDocument = {
  id: string;
  version: number;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  /** The description's distinct terms (searchTerms, TERM_SEPARATOR): found, not ranked by proximity. */
  descriptionTerms: string;
  descriptionTermsEn: string;
  tags: string[];
  scenarioNames: string[];
  scenarioNamesEn: string[];
  providerId: string;
  providerName: string;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  industryFilter: string[];
  stages: number[];
  regions: string[];
  regionFilter: string[];
  deployment: string;
  deliveryDays: number;
  minMonthlyPriceCents: number;
  rating: number | null;
  /** Rating for sorting (no rating sorts last). */
  ratingSort: number;
  publishedAt: number;
  /** Custom ranking, last: well-rated, cheaper-to-try offerings first among equals. */
  quality: number;
};

/**
 * The distinct terms of a description — words (lower-cased, stop words left out) and the Chinese
 * runs between punctuation, which Meilisearch segments itself with jieba and the dictionary.
 * Search results never show the description: the index holds these terms instead
 * (`descriptionTerms`, joined by TERM_SEPARATOR), so every word stays findable without the
 * word-pair (proximity) data that made descriptions most of the indexing time
 * (docs/adr/0007-description-terms.md, measured with `npm run eval:search-index`).
 */
export function searchTerms(text: string): string[] {
  const out = new Set<string>();
  for (const term of text.toLowerCase().match(TERM) ?? []) if (!STOP.has(term)) out.add(term);
  return [...out];
}

/**
 * Joins the terms in the index. A full stop is a hard separator for Meilisearch: it keeps no
 * word pairs across one. (A line break is not one, and an array of terms makes every document
 * slower to retrieve: 300 matching candidates 13.5 instead of 9 ms.)
 */
export const TERM_SEPARATOR = '. ';

/** A description as the index holds it: its distinct terms, joined by TERM_SEPARATOR. */
function indexedTerms(text: string | null): string {
  return text === null ? '' : searchTerms(text).join(TERM_SEPARATOR);
}

/** What an offering must carry to become a search document (the API's entity has all of it). */
export interface OfferingSource {
  id: string;
  version: number;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  description: string;
  descriptionEn: string | null;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: Deployment;
  deliveryDays: number;
  plans: PlanView[];
  tags: string[];
  minMonthlyPriceCents: number;
  rating: number | null;
  reviewCount: number;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** The provider fields a search document carries. */
export interface ProviderSource {
  id: string;
  name: string;
}

/** The offering fields toOfferingDocument reads: the reindex loads nothing else (tested). */
export const DOCUMENT_COLUMNS = [
  'id',
  'version',
  'title',
  'titleEn',
  'summary',
  'summaryEn',
  'description',
  'descriptionEn',
  'kind',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'deliveryDays',
  'plans',
  'tags',
  'minMonthlyPriceCents',
  'rating',
  'reviewCount',
  'publishedAt',
  'updatedAt',
] as const satisfies readonly (keyof OfferingSource)[];

const scenarioName = new Map(SCENARIOS.map((s) => [s.code, s]));

export function toOfferingDocument(
  o: Pick<OfferingSource, (typeof DOCUMENT_COLUMNS)[number]>,
  provider: ProviderSource,
): OfferingDocument {
  const hasTrial = o.plans.some((p) => p.trialDays > 0);
  return {
    id: o.id,
    version: o.version,
    title: o.title,
    titleEn: o.titleEn,
    summary: o.summary,
    summaryEn: o.summaryEn,
    descriptionTerms: indexedTerms(o.description),
    descriptionTermsEn: indexedTerms(o.descriptionEn),
    tags: o.tags,
    scenarioNames: o.scenarios.map((s) => scenarioName.get(s)?.nameZh ?? s),
    scenarioNamesEn: o.scenarios.map((s) => scenarioName.get(s)?.nameEn ?? s),
    providerId: provider.id,
    providerName: provider.name,
    kind: o.kind,
    scenarios: o.scenarios,
    industries: o.industries,
    industryFilter: o.industries.length > 0 ? o.industries : [ANY],
    stages: o.stages,
    regions: o.regions,
    regionFilter: o.regions.length > 0 ? o.regions : [ANY],
    deployment: o.deployment,
    deliveryDays: o.deliveryDays,
    minMonthlyPriceCents: o.minMonthlyPriceCents,
    rating: o.rating,
    ratingSort: o.rating ?? 0,
    publishedAt: Math.floor((o.publishedAt ?? o.updatedAt).getTime() / 1000),
    quality: Math.round((o.rating ?? 3.5) * 10) + (hasTrial ? 3 : 0) + Math.min(o.reviewCount, 20),
  };
}

/**
 * Domain words jieba would otherwise split into single characters (Meilisearch v1.21 segments
 * Chinese with jieba and matches by prefix only). Measured in docs/relevance.md.
 */
export const CHINESE_DICTIONARY = [
  '报工',
  '排产',
  '排程',
  '进销存',
  '点检',
  '巡检',
  '追溯',
  '工单',
  '能耗',
  '上云',
  '云化',
  '低代码',
  '数字孪生',
  '设备联网',
  '扫码',
  '看板',
  '驾驶舱',
  '等保',
  '质检',
  '来料',
  '售后',
  '工艺',
  '仓储',
  '库位',
  '备件',
  '电子签章',
  '考勤',
  '薪酬',
  '记账',
  '开票',
];

/**
 * Words too common to search for: Meilisearch leaves them out of the index (less indexing work)
 * and ignores them in queries. Single-character Chinese function words only stand alone after
 * jieba's segmentation (等保, 参与 or 及时 stay whole words); no English word here is a product
 * abbreviation (IT, OA, BI stay searchable).
 */
export const STOP_WORDS = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'of',
  'to',
  'in',
  'for',
  'on',
  'with',
  'by',
  'at',
  'from',
  'as',
  'is',
  'are',
  'be',
  'its',
  'that',
  'this',
  'your',
  'you',
  'our',
  'we',
  'into',
  'so',
  'than',
  'also',
  'their',
  'they',
  'will',
  'has',
  'have',
  '的',
  '了',
  '和',
  '与',
  '及',
  '在',
  '是',
  '或',
  '对',
  '把',
  '被',
  '从',
  '为',
  '让',
  '也',
  '都',
  '就',
  '并',
  '而',
  '其',
  '您',
  '我们',
  '可以',
  '一个',
  '进行',
];

const STOP = new Set<string>(STOP_WORDS);
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** A run of Chinese characters, or of anything else that is not space, punctuation or a symbol. */
const TERM = new RegExp(`[${HAN}]+|[^\\s\\p{P}\\p{S}${HAN}]+`, 'gu');

/** Index settings, in code, applied at boot and to every new index before any document. */
export const OFFERING_INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'titleEn',
    'tags',
    'scenarioNames',
    'scenarioNamesEn',
    'summary',
    'summaryEn',
    'providerName',
    'descriptionTerms',
    'descriptionTermsEn',
  ],
  filterableAttributes: [
    'scenarios',
    'industries',
    'industryFilter',
    'stages',
    'regionFilter',
    'kind',
    'deployment',
    'minMonthlyPriceCents',
    'providerId',
  ],
  sortableAttributes: ['minMonthlyPriceCents', 'ratingSort', 'publishedAt'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'quality:desc'],
  displayedAttributes: ['*'],
  localizedAttributes: [
    { attributePatterns: ['*En'], locales: ['eng'] },
    {
      attributePatterns: [
        'title',
        'summary',
        'descriptionTerms',
        'tags',
        'scenarioNames',
        'providerName',
      ],
      locales: ['cmn'],
    },
  ],
  dictionary: CHINESE_DICTIONARY,
  stopWords: STOP_WORDS,
  synonyms: {
    ERP: ['企业资源计划'],
    企业资源计划: ['ERP'],
    CRM: ['客户关系管理'],
    客户关系管理: ['CRM'],
    MES: ['制造执行系统'],
    制造执行系统: ['MES'],
    OA: ['协同办公'],
    协同办公: ['OA'],
    WMS: ['仓储管理'],
    仓储管理: ['WMS'],
    APS: ['高级排产', '排产'],
    排产: ['APS'],
    SRM: ['供应商管理', '采购协同'],
    PLM: ['产品生命周期管理'],
    BI: ['商业智能', '驾驶舱'],
    EHR: ['人力资源'],
    QMS: ['质量管理'],
    EMS: ['能耗管理'],
    SCADA: ['数据采集'],
  },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 10000 },
  proximityPrecision: 'byWord',
};
