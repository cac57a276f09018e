import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys } from './keys';
import type { PutReviewBody, Review } from './types';

export interface PutMyReviewInput extends PutReviewBody {
  offeringId: string;
}

export function putMyReview({ offeringId, ...body }: PutMyReviewInput): Promise<Review> {
  return http.request<Review>(`/offerings/${encodeURIComponent(offeringId)}/reviews/mine`, {
    method: 'PUT',
    body,
  });
}

/**
 * Creates or replaces the SME's review of an offering (403 unless one of its inquiries there
 * reached trialing or won). The review list and the offering (rating, count) are refetched.
 */
export function usePutMyReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putMyReview,
    onSettled: async (_data, _error, input) => {
      await queryClient.invalidateQueries({ queryKey: engagementKeys.reviews(input.offeringId) });
    },
  });
}
