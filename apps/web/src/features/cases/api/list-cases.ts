import type { Page } from '@toolbox/contracts';
import type { CaseListItem } from './types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type CaseListParams, caseKeys } from './keys';

export function listCases(
  params: CaseListParams,
  signal?: AbortSignal,
): Promise<Page<CaseListItem>> {
  return http.request<Page<CaseListItem>>('/cases', {
    query: {
      industry: params.industry || undefined,
      scenario: params.scenario || undefined,
      region: params.region || undefined,
      offeringId: params.offeringId || undefined,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  });
}

/** Published cases, filtered by industry, scenario, region or offering. */
export function useListCases(params: CaseListParams, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(params),
    queryFn: ({ signal }) => listCases(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
