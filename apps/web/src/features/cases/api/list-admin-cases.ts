import type { Page } from '@toolbox/contracts';
import type { CaseView } from './types';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys, type PagedParams } from './keys';

export function listPendingCases(
  params: PagedParams,
  signal?: AbortSignal,
): Promise<Page<CaseView>> {
  return http.request<Page<CaseView>>('/admin/cases', {
    query: { status: 'pending', page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** Cases waiting for review (admin). */
export function usePendingCases(params: PagedParams) {
  return useQuery({
    queryKey: caseKeys.adminQueue(params),
    queryFn: ({ signal }) => listPendingCases(params, signal),
    placeholderData: keepPreviousData,
  });
}
