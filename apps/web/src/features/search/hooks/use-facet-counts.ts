import type { SearchFacets } from '@toolbox/contracts';
import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { searchKeys } from '../api/keys';
import { searchOfferings } from '../api/search-offerings';
import {
  type FacetKey,
  type SearchState,
  facetValues,
  toApiQuery,
  withFacetValues,
} from '../search-state';

const FACET_GROUP: Record<FacetKey, keyof SearchFacets> = {
  scenario: 'scenarios',
  industry: 'industries',
  stage: 'stages',
  kind: 'kinds',
};

const FACET_KEYS = Object.keys(FACET_GROUP) as FacetKey[];

/**
 * Facet counts in which ticking one more value of a filter shows how many results that value
 * adds: values of one filter are OR-ed, so a filter's own counts come from the same search
 * without that filter (one small extra request per filter in use). Other filters count the
 * current results.
 */
export function useFacetCounts(state: SearchState, current: SearchFacets | undefined) {
  const active = FACET_KEYS.filter((key) => facetValues(state, key).length > 0);
  const results = useQueries({
    queries: active.map((key) => {
      const query = toApiQuery({ ...withFacetValues(state, key, []), page: 1, pageSize: 1 });
      return {
        queryKey: searchKeys.results(query),
        queryFn: ({ signal }: { signal: AbortSignal }) => searchOfferings(query, signal),
        placeholderData: keepPreviousData,
      };
    }),
  });
  if (!current) return undefined;
  const facets: SearchFacets = { ...current };
  active.forEach((key, index) => {
    const data = results[index]?.data;
    if (data) facets[FACET_GROUP[key]] = data.facets[FACET_GROUP[key]];
  });
  return facets;
}
