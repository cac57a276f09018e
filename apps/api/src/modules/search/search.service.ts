import { Injectable } from '@nestjs/common';
import { type Index, MeilisearchApiError, type SearchParams } from 'meilisearch';
import type {
  SearchFacets,
  SearchItem,
  SearchOfferingsQuery,
  SearchResponse,
  SuggestResponse,
} from '@toolbox/contracts';
import { DEFAULT_PAGE_SIZE } from '@toolbox/contracts';
import { CommonError } from '../../common/errors/domain-error.js';
import { isDependencyDown } from '../../common/errors/dependency-errors.js';
import { OFFERINGS_INDEX, type OfferingDocument } from '@toolbox/search';
import { SearchClient, unwrapQueryError } from './search-client.js';
import { SearchSyncService } from './search-sync.service.js';
import {
  buildFilter,
  HIGHLIGHT_TAGS,
  normaliseQuery,
  safeHighlight,
  type SearchFilterInput,
  sortOf,
} from '@toolbox/search';

const FACETS = ['scenarios', 'industries', 'stages', 'kind'] as const;
const RETRIEVED: (keyof OfferingDocument)[] = [
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

type Hit = OfferingDocument & { _formatted?: Partial<Record<keyof OfferingDocument, unknown>> };

export function toSearchItem(hit: Hit): SearchItem {
  const f = hit._formatted;
  const highlight: NonNullable<SearchItem['highlight']> = {};
  for (const key of ['title', 'summary', 'titleEn', 'summaryEn'] as const) {
    const value = f?.[key];
    if (typeof value === 'string' && value.includes('\u0001'))
      highlight[key] = safeHighlight(value);
  }
  return {
    id: hit.id,
    title: hit.title,
    titleEn: hit.titleEn,
    summary: hit.summary,
    summaryEn: hit.summaryEn,
    kind: hit.kind,
    scenarios: hit.scenarios,
    industries: hit.industries,
    stages: hit.stages,
    regions: hit.regions,
    deployment: hit.deployment,
    deliveryDays: hit.deliveryDays,
    minMonthlyPriceCents: hit.minMonthlyPriceCents,
    rating: hit.rating,
    tags: hit.tags,
    provider: { id: hit.providerId, name: hit.providerName },
    ...(Object.keys(highlight).length > 0 ? { highlight } : {}),
  };
}

function emptyFacets(): SearchFacets {
  return { scenarios: {}, industries: {}, stages: {}, kinds: {} };
}

/** Full-text search and filters over published offerings, served by Meilisearch. */
@Injectable()
export class SearchService {
  constructor(
    private readonly search: SearchClient,
    private readonly sync: SearchSyncService,
  ) {}

  async searchOfferings(query: SearchOfferingsQuery): Promise<SearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const sort = sortOf(query.sort);
    const params: SearchParams = {
      filter: buildFilter(query),
      facets: [...FACETS],
      page,
      hitsPerPage: pageSize,
      attributesToRetrieve: RETRIEVED,
      attributesToHighlight: ['title', 'summary', 'titleEn', 'summaryEn'],
      ...HIGHLIGHT_TAGS,
      ...(sort !== undefined ? { sort } : {}),
    };
    const text = normaliseQuery(query.q);
    // Every term must match; only when that finds nothing are trailing terms relaxed.
    let res = await this.run((index) => index.search(text, { ...params, matchingStrategy: 'all' }));
    if (text !== '' && res.hits.length === 0 && page === 1) {
      res = await this.run((index) => index.search(text, { ...params, matchingStrategy: 'last' }));
    }
    const dist = res.facetDistribution ?? {};
    const facets = emptyFacets();
    facets.scenarios = dist.scenarios ?? {};
    facets.industries = dist.industries ?? {};
    facets.stages = dist.stages ?? {};
    facets.kinds = dist.kind ?? {};
    return {
      items: (res.hits as Hit[]).map(toSearchItem),
      total:
        'totalHits' in res && typeof res.totalHits === 'number'
          ? res.totalHits
          : (res.estimatedTotalHits ?? 0),
      page,
      pageSize,
      facets,
      processingTimeMs: res.processingTimeMs,
    };
  }

  /** Raw ranked candidates for matching (ids with documents), filtered like search. */
  async candidates(
    q: string,
    filter: SearchFilterInput,
    limit: number,
  ): Promise<(SearchItem & { rankingScore: number; publishedAt: number })[]> {
    const res = await this.run((index) =>
      index.search(normaliseQuery(q), {
        filter: buildFilter(filter),
        limit,
        attributesToRetrieve: [...RETRIEVED, 'publishedAt'],
        showRankingScore: true,
        matchingStrategy: 'last',
      }),
    );
    return (res.hits as (Hit & { _rankingScore?: number })[]).map((h) =>
      Object.assign(toSearchItem(h), {
        rankingScore: h._rankingScore ?? 0,
        publishedAt: h.publishedAt,
      }),
    );
  }

  async suggest(q: string): Promise<SuggestResponse> {
    const text = normaliseQuery(q);
    if (text === '') return { suggestions: [] };
    const res = await this.run((index) =>
      index.search(text, { limit: 8, attributesToRetrieve: ['id', 'title', 'titleEn'] }),
    );
    return {
      suggestions: (res.hits as Pick<OfferingDocument, 'id' | 'title' | 'titleEn'>[]).map((h) => ({
        id: h.id,
        title: h.title,
        titleEn: h.titleEn,
      })),
    };
  }

  private async run<T>(fn: (index: Index<OfferingDocument>) => Promise<T>): Promise<T> {
    try {
      return await fn(await this.search.queryIndex<OfferingDocument>(OFFERINGS_INDEX));
    } catch (caught) {
      const e = unwrapQueryError(caught);
      if (indexNotReady(e)) this.sync.markIndexStale();
      if (isDependencyDown(e) || indexNotReady(e)) {
        throw new CommonError(
          'SERVICE_UNAVAILABLE',
          'search is temporarily unavailable; please retry shortly',
        );
      }
      throw e;
    }
  }
}

/**
 * The index does not exist yet or its settings are still being applied (first start, reindex):
 * Meilisearch then rejects our filters, facets or sorts. That is a 503, never a 500.
 */
function indexNotReady(e: unknown): boolean {
  if (!(e instanceof MeilisearchApiError)) return false;
  const code = e.cause?.code ?? '';
  return code === 'index_not_found' || code.startsWith('invalid_search_');
}
