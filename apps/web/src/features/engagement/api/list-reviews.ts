import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys, type ReviewListParams } from './keys';
import type { Page, Review } from './types';

export function listReviews(
  offeringId: string,
  params: ReviewListParams,
  signal?: AbortSignal,
): Promise<Page<Review>> {
  return http.request<Page<Review>>(`/offerings/${encodeURIComponent(offeringId)}/reviews`, {
    query: { page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** An offering's visible reviews, newest first (public). */
export function useListReviews(offeringId: string, params: ReviewListParams) {
  return useQuery({
    queryKey: engagementKeys.reviewList(offeringId, params),
    queryFn: ({ signal }) => listReviews(offeringId, params, signal),
    placeholderData: keepPreviousData,
  });
}
