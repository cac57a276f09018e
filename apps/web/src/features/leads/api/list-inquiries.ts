import type { InquirySummaryView, Page } from '@toolbox/contracts';
import type { InquiryStatus } from '@toolbox/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { leadsKeys } from './keys';

export interface InquiriesParams {
  status?: InquiryStatus;
  page: number;
  pageSize: number;
}

export function listInquiries(
  params: InquiriesParams,
  signal?: AbortSignal,
): Promise<Page<InquirySummaryView>> {
  return http.request<Page<InquirySummaryView>>('/inquiries', {
    query: { status: params.status, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** One page of inquiries, paged by the server (the admin list). */
export function useListInquiries(params: InquiriesParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: leadsKeys.page(params),
    queryFn: ({ signal }) => listInquiries(params, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** The most leads the inbox loads (pages of 100) before it filters by offering and age. */
export const INBOX_MAX_PAGES = 10;
const INBOX_PAGE_SIZE = 100;

/**
 * Every inquiry the caller may see with that status, newest activity first (a provider: those on
 * its offerings; an admin: all), up to {@link INBOX_MAX_PAGES} pages of 100. `truncated` says
 * when there were more.
 */
export async function listAllInquiries(
  status: InquiryStatus | undefined,
  signal?: AbortSignal,
): Promise<{ items: InquirySummaryView[]; total: number; truncated: boolean }> {
  const items: InquirySummaryView[] = [];
  let total = 0;
  for (let page = 1; page <= INBOX_MAX_PAGES; page += 1) {
    const answer = await listInquiries({ status, page, pageSize: INBOX_PAGE_SIZE }, signal);
    items.push(...answer.items);
    total = answer.total;
    if (items.length >= total || answer.items.length === 0) break;
  }
  return { items, total, truncated: items.length < total };
}

export function useListAllInquiries(
  status: InquiryStatus | undefined,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    queryKey: leadsKeys.inbox(status),
    queryFn: ({ signal }) => listAllInquiries(status, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
