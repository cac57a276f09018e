import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  OFFERING_KINDS,
  OFFERING_LIMITS,
  type OfferingKind,
  type ScenarioCode,
} from '@toolbox/domain';
import {
  IsIndustryCode,
  IsOfferingStage,
  IsRegionCode,
  IsScenarioCode,
  NoControlChars,
  PageQuery,
  ToArray,
  ToInt,
} from '../common/validators.js';
import { SEARCH_VALUES_PER_PARAMETER_MAX } from '../common/owner.limits.js';

export const SEARCH_SORTS = ['relevance', 'price_asc', 'price_desc', 'rating', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_QUERY_MAX = 200;

/** A repeated parameter carries at most SEARCH_VALUES_PER_PARAMETER_MAX values (400 beyond). */
const AtMostValues = (name: string): PropertyDecorator =>
  ArrayMaxSize(SEARCH_VALUES_PER_PARAMETER_MAX, {
    message: `${name} may be repeated at most ${SEARCH_VALUES_PER_PARAMETER_MAX} times`,
  });

/** `GET /api/search/offerings` (api-v1.md, Search). Repeatable: scenario, industry, stage, kind. */
export class SearchOfferingsQuery extends PageQuery {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'q must be a single string' })
  @NoControlChars()
  @MaxLength(SEARCH_QUERY_MAX, { message: `q must be at most ${SEARCH_QUERY_MAX} characters` })
  q?: string;

  @IsOptional()
  @ToArray()
  @AtMostValues('scenario')
  @IsScenarioCode({ each: true })
  scenario?: ScenarioCode[];

  @IsOptional()
  @ToArray()
  @AtMostValues('industry')
  @IsIndustryCode({ each: true })
  industry?: string[];

  @IsOptional()
  @ToArray()
  @AtMostValues('stage')
  @ToInt()
  @IsOfferingStage({ each: true })
  stage?: number[];

  @IsOptional()
  @ToArray()
  @AtMostValues('kind')
  @IsIn(OFFERING_KINDS, { each: true, message: 'kind must be one of: saas, service, hardware' })
  kind?: OfferingKind[];

  @IsOptional()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @ToInt()
  @IsInt({ message: 'maxMonthlyPriceCents must be an integer number of fen' })
  @Min(0, { message: 'maxMonthlyPriceCents must not be negative' })
  @Max(OFFERING_LIMITS.priceCentsMax, {
    message: `maxMonthlyPriceCents must be at most ${OFFERING_LIMITS.priceCentsMax}`,
  })
  maxMonthlyPriceCents?: number;

  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `sort must be one of: ${SEARCH_SORTS.join(', ')}` })
  sort?: SearchSort;
}

export interface SearchItem {
  id: string;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  kind: OfferingKind;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  regions: string[];
  deployment: string;
  deliveryDays: number;
  minMonthlyPriceCents: number;
  rating: number | null;
  tags: string[];
  provider: { id: string; name: string };
  /** Matched fragments wrapped in <mark>…</mark> (HTML-escaped otherwise). */
  highlight?: { title?: string; summary?: string; titleEn?: string; summaryEn?: string };
  /**
   * For a signed-in SME only (search with an SME's token, and every match): what the SME pays,
   * the cheapest plan as a monthly equivalent after the best public programme it is eligible for
   * on each plan (`GET /api/offerings/:id/net-price`): `min` over the plans of the plan's
   * `netPriceCents` as a monthly equivalent (month as is, year and once ÷ 12, rounded to the
   * nearest fen). Equals `minMonthlyPriceCents` when no programme applies. Absent for anonymous
   * callers and other roles.
   */
  netMinMonthlyPriceCents?: number;
  /** For a signed-in SME only: the subsidy behind `netMinMonthlyPriceCents` (see SubsidyHeadline). */
  subsidy?: SubsidyHeadline | null;
}

/**
 * The subsidy on the plan that gives an offering's `netMinMonthlyPriceCents` (the first such plan
 * in plan order, preferring a subsidised one on a tie); null when that plan gets no subsidy.
 * `subsidyCents` is per month: that plan's list price as a monthly equivalent minus
 * `netMinMonthlyPriceCents` (so list − subsidy = net exactly, in whole fen).
 */
export interface SubsidyHeadline {
  programmeId: string;
  programmeName: string;
  /** The programme's percentage (1–100); its cap may make the subsidy smaller. */
  subsidyPercent: number;
  subsidyCents: number;
}

export interface SearchFacets {
  scenarios: Record<string, number>;
  industries: Record<string, number>;
  stages: Record<string, number>;
  kinds: Record<string, number>;
}

export interface SearchResponse {
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: SearchFacets;
  processingTimeMs: number;
}

export interface SuggestResponse {
  suggestions: { id: string; title: string; titleEn: string | null }[];
}

export class SuggestQuery {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'q must be a string' })
  @NoControlChars()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q!: string;
}

export interface IndexStatus {
  index: string;
  documents: number;
  isIndexing: boolean;
  outbox: { pending: number; parked: number; oldestPendingAgeMs: number | null };
  parked: {
    id: string;
    offeringId: string;
    attempts: number;
    lastError: string | null;
    parkedAt: string;
  }[];
  reindex: ReindexProgress | null;
}

export interface ReindexProgress {
  id: string;
  state: 'running' | 'succeeded' | 'failed';
  phase: 'settings' | 'loading' | 'catching_up' | 'swapping' | 'done';
  total: number;
  loaded: number;
  percent: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface ReconcileReport {
  checked: number;
  missing: number;
  stale: number;
  extra: number;
  repaired: number;
}
