import type { SuggestResponse } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchKeys } from './keys';

export function getSuggestions(q: string, signal?: AbortSignal): Promise<SuggestResponse> {
  return http.request<SuggestResponse>('/search/suggest', { query: { q }, signal });
}

/** As-you-type suggestions (`GET /api/search/suggest`); idle for empty text. */
export function useGetSuggestions(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: searchKeys.suggestions(text),
    queryFn: ({ signal }) => getSuggestions(text, signal),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}
