import type { SearchResponse } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type SearchState, toApiQuery } from '../search-state';
import { searchKeys } from './keys';

export type SearchOfferingsQuery = ReturnType<typeof toApiQuery>;

export function searchOfferings(
  query: SearchOfferingsQuery,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return http.request<SearchResponse>('/search/offerings', { query, signal });
}

/**
 * Published offerings for the search page's state (`GET /api/search/offerings`). The previous
 * page stays on screen while the next one loads, so counts and cards do not flash.
 */
export function useSearchOfferings(state: SearchState) {
  const query = toApiQuery(state);
  return useQuery({
    queryKey: searchKeys.results(query),
    queryFn: ({ signal }) => searchOfferings(query, signal),
    placeholderData: keepPreviousData,
  });
}
