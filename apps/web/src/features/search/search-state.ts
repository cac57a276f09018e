import type { SearchSort } from '@toolbox/contracts';
import {
  isIndustryCode,
  isOfferingKind,
  isOfferingStage,
  isRegionCode,
  isScenarioCode,
  type OfferingKind,
  type ScenarioCode,
} from '@toolbox/domain';

/** Mirrors the API's value set (a type-only import cannot bring the constant). */
export const SORTS = [
  'relevance',
  'price_asc',
  'price_desc',
  'rating',
  'newest',
] as const satisfies readonly SearchSort[];
export const PAGE_SIZES = [10, 20, 50] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const QUERY_MAX_LENGTH = 200;

/** Everything the search page shows, kept in the URL query string (shareable, back works). */
export interface SearchState {
  q: string;
  scenarios: ScenarioCode[];
  industries: string[];
  stages: number[];
  kinds: OfferingKind[];
  region: string | null;
  maxMonthlyPriceCents: number | null;
  sort: SearchSort;
  page: number;
  pageSize: number;
}

/** The repeatable filters, by their URL (and API) parameter name. */
export type FacetKey = 'scenario' | 'industry' | 'stage' | 'kind';

export const EMPTY_SEARCH_STATE: SearchState = {
  q: '',
  scenarios: [],
  industries: [],
  stages: [],
  kinds: [],
  region: null,
  maxMonthlyPriceCents: null,
  sort: 'relevance',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function isSort(value: string | null): value is SearchSort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Reads the state from a query string. Anything the API would refuse (unknown codes, bad
 * numbers) is dropped, so a hand-edited or outdated link still shows results.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const q = (params.get('q') ?? '').trim().slice(0, QUERY_MAX_LENGTH);
  const region = params.get('region');
  const maxPrice = params.get('maxMonthlyPriceCents');
  const pageSize = positiveInt(params.get('pageSize'));
  const sort = params.get('sort');
  return {
    q,
    scenarios: unique(params.getAll('scenario').filter(isScenarioCode)),
    industries: unique(params.getAll('industry').filter(isIndustryCode)),
    stages: unique(params.getAll('stage').map(Number).filter(isOfferingStage)).sort(),
    kinds: unique(params.getAll('kind').filter(isOfferingKind)),
    region: region !== null && isRegionCode(region) ? region : null,
    maxMonthlyPriceCents:
      maxPrice !== null && /^\d{1,15}$/.test(maxPrice) ? Number(maxPrice) : null,
    sort: isSort(sort) ? sort : 'relevance',
    page: positiveInt(params.get('page')) ?? 1,
    pageSize:
      pageSize !== null && (PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const code of state.scenarios) params.append('scenario', code);
  for (const code of state.industries) params.append('industry', code);
  for (const stage of state.stages) params.append('stage', String(stage));
  for (const kind of state.kinds) params.append('kind', kind);
  if (state.region) params.set('region', state.region);
  if (state.maxMonthlyPriceCents !== null) {
    params.set('maxMonthlyPriceCents', String(state.maxMonthlyPriceCents));
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The API query for a state (`GET /api/search/offerings`). */
export function toApiQuery(
  state: SearchState,
): Record<string, string | number | string[] | number[]> {
  return {
    ...(state.q ? { q: state.q } : {}),
    ...(state.scenarios.length ? { scenario: state.scenarios } : {}),
    ...(state.industries.length ? { industry: state.industries } : {}),
    ...(state.stages.length ? { stage: state.stages } : {}),
    ...(state.kinds.length ? { kind: state.kinds } : {}),
    ...(state.region ? { region: state.region } : {}),
    ...(state.maxMonthlyPriceCents !== null
      ? { maxMonthlyPriceCents: state.maxMonthlyPriceCents }
      : {}),
    ...(state.sort !== 'relevance' ? { sort: state.sort } : {}),
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** The selected values of one repeatable filter, as strings. */
export function facetValues(state: SearchState, key: FacetKey): string[] {
  switch (key) {
    case 'scenario':
      return state.scenarios;
    case 'industry':
      return state.industries;
    case 'stage':
      return state.stages.map(String);
    case 'kind':
      return state.kinds;
  }
}

/** A copy of the state with one repeatable filter replaced (invalid values dropped). */
export function withFacetValues(state: SearchState, key: FacetKey, values: string[]): SearchState {
  switch (key) {
    case 'scenario':
      return { ...state, scenarios: unique(values.filter(isScenarioCode)) };
    case 'industry':
      return { ...state, industries: unique(values.filter(isIndustryCode)) };
    case 'stage':
      return { ...state, stages: unique(values.map(Number).filter(isOfferingStage)).sort() };
    case 'kind':
      return { ...state, kinds: unique(values.filter(isOfferingKind)) };
  }
}

/** True when any filter (not the text, sort or paging) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.scenarios.length > 0 ||
    state.industries.length > 0 ||
    state.stages.length > 0 ||
    state.kinds.length > 0 ||
    state.region !== null ||
    state.maxMonthlyPriceCents !== null
  );
}

/** Clears every filter and goes back to page 1; keeps the text, sort and page size. */
export function withoutFilters(state: SearchState): SearchState {
  return {
    ...EMPTY_SEARCH_STATE,
    q: state.q,
    sort: state.sort,
    pageSize: state.pageSize,
  };
}
