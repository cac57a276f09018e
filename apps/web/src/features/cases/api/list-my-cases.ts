import type { Page } from '@toolbox/contracts';
import type { CaseView } from './types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys, type PagedParams } from './keys';

export function listMyCases(params: PagedParams, signal?: AbortSignal): Promise<Page<CaseView>> {
  return http.request<Page<CaseView>>('/cases/mine', {
    query: { page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** The signed-in provider's cases in any status. */
export function useListMyCases(params: PagedParams) {
  return useQuery({
    queryKey: caseKeys.mine(params),
    queryFn: ({ signal }) => listMyCases(params, signal),
    placeholderData: keepPreviousData,
  });
}
