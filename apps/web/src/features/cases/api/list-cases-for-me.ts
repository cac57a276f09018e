import type { CaseListItem } from './types';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys } from './keys';

export function listCasesForMe(
  scenario: string | undefined,
  limit: number,
  signal?: AbortSignal,
): Promise<CaseListItem[]> {
  return http.request<CaseListItem[]>('/cases/for-me', {
    query: { scenario: scenario || undefined, limit },
    signal,
  });
}

/** Cases of firms like the signed-in SME: same industry first, then shared scenarios. */
export function useCasesForMe(scenario: string | undefined, limit: number) {
  return useQuery({
    queryKey: caseKeys.forMe(scenario, limit),
    queryFn: ({ signal }) => listCasesForMe(scenario, limit, signal),
  });
}
