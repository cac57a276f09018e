import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchState, type SearchState, toSearchParams } from '../search-state';

/**
 * The search page's state, read from and written to the URL query string: every change is a
 * history entry, so links are shareable and the back button steps through searches.
 */
export function useSearchState(): [SearchState, (next: SearchState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchState(params), [params]);
  const update = useCallback(
    (next: SearchState) => {
      setParams(toSearchParams(next), { preventScrollReset: true });
    },
    [setParams],
  );
  return [state, update];
}
