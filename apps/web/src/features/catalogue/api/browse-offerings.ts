import type { SearchResponse } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys, type PageParams } from './keys';

export function browseOfferings(params: PageParams, signal?: AbortSignal): Promise<SearchResponse> {
  return http.request<SearchResponse>('/search/offerings', {
    query: { sort: 'newest', page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** Published offerings, newest first, for the public catalogue grid. */
export function useBrowseOfferings(params: PageParams) {
  return useQuery({
    queryKey: catalogueKeys.browse(params),
    queryFn: ({ signal }) => browseOfferings(params, signal),
    placeholderData: keepPreviousData,
  });
}
