import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParams {
  page: number;
  pageSize: number;
  /** Any other string parameter (status, q…), '' when absent. */
  get: (name: string) => string;
}

export interface ListParamsApi extends ListParams {
  setPage: (page: number, pageSize: number) => void;
  /**
   * Sets parameters ('' or undefined removes one). Filters go back to page 1; `keepPage` is for
   * parameters that do not change the list (an open drawer).
   */
  setFilters: (
    filters: Record<string, string | undefined>,
    options?: { keepPage?: boolean },
  ) => void;
}

function positiveInt(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** Page, page size and filters of a list, kept in the URL (shareable, back button works). */
export function useListParams(defaultPageSize: number): ListParamsApi {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = positiveInt(searchParams.get('page'), 1, 100_000);
  const pageSize = positiveInt(searchParams.get('pageSize'), defaultPageSize, 100);

  const setPage = useCallback(
    (nextPage: number, nextSize: number) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        const sizeChanged = nextSize !== pageSize;
        const target = sizeChanged ? 1 : nextPage;
        if (target === 1) next.delete('page');
        else next.set('page', String(target));
        if (nextSize === defaultPageSize) next.delete('pageSize');
        else next.set('pageSize', String(nextSize));
        return next;
      });
    },
    [defaultPageSize, pageSize, setSearchParams],
  );

  const setFilters = useCallback(
    (filters: Record<string, string | undefined>, options?: { keepPage?: boolean }) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(filters)) {
            if (value === undefined || value === '') next.delete(name);
            else next.set(name, value);
          }
          if (!options?.keepPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return useMemo(
    () => ({
      page,
      pageSize,
      get: (name: string) => searchParams.get(name) ?? '',
      setPage,
      setFilters,
    }),
    [page, pageSize, searchParams, setPage, setFilters],
  );
}
