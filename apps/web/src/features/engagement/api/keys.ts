import type { InquiryStatus } from './types';

export interface InquiryListParams {
  status?: InquiryStatus;
  page: number;
  pageSize: number;
}

export interface ReviewListParams {
  page: number;
  pageSize: number;
}

/** Query keys of the engagement feature. Every inquiry mutation invalidates `inquiries`. */
export const engagementKeys = {
  all: ['engagement'] as const,
  inquiries: () => [...engagementKeys.all, 'inquiries'] as const,
  inquiryList: (params: InquiryListParams) =>
    [...engagementKeys.inquiries(), 'list', params] as const,
  /** Every inquiry of the signed-in SME (to find those on one offering). */
  allMine: () => [...engagementKeys.inquiries(), 'all-mine'] as const,
  inquiry: (id: string) => [...engagementKeys.inquiries(), 'one', id] as const,
  reviews: (offeringId: string) => [...engagementKeys.all, 'reviews', offeringId] as const,
  reviewList: (offeringId: string, params: ReviewListParams) =>
    [...engagementKeys.reviews(offeringId), params] as const,
};
