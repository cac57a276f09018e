import type { InquiryStatus } from '@toolbox/domain';

export interface DemandParams {
  region?: string;
  industry?: string;
}

/** Query keys of the leads feature. Every lead mutation invalidates `inquiries`. */
export const leadsKeys = {
  all: ['leads'] as const,
  inquiries: () => [...leadsKeys.all, 'inquiries'] as const,
  inbox: (status: InquiryStatus | undefined) =>
    [...leadsKeys.inquiries(), 'inbox', status ?? 'all'] as const,
  page: (params: { status?: InquiryStatus; page: number; pageSize: number }) =>
    [...leadsKeys.inquiries(), 'page', params] as const,
  openCount: () => [...leadsKeys.inquiries(), 'open-count'] as const,
  inquiry: (id: string) => [...leadsKeys.inquiries(), 'one', id] as const,
  funnel: (from: string, to: string) => [...leadsKeys.all, 'funnel', from, to] as const,
  demand: (params: DemandParams) => [...leadsKeys.all, 'demand', params] as const,
};
