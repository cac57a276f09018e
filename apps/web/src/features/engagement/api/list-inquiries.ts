import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys, type InquiryListParams } from './keys';
import type { InquirySummary, Page } from './types';

export function listInquiries(
  params: InquiryListParams,
  signal?: AbortSignal,
): Promise<Page<InquirySummary>> {
  return http.request<Page<InquirySummary>>('/inquiries', {
    query: { status: params.status, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/**
 * One page of inquiries, newest activity first: an SME's own, a provider's on its offerings, all
 * for an admin.
 */
export function useListInquiries(params: InquiryListParams) {
  return useQuery({
    queryKey: engagementKeys.inquiryList(params),
    queryFn: ({ signal }) => listInquiries(params, signal),
    placeholderData: keepPreviousData,
  });
}
