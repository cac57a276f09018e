import type { CaseView } from './types';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys } from './keys';

export function getCase(id: string, signal?: AbortSignal): Promise<CaseView> {
  return http.request<CaseView>(`/cases/${encodeURIComponent(id)}`, { signal });
}

/** One case: published for anyone; its owner and admins also see it unpublished. */
export function useGetCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getCase(id ?? '', signal),
    enabled: id !== undefined && id !== '',
  });
}
