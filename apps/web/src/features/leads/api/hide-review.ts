import type { HiddenReviewView } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';

export interface HideReviewInput {
  id: string;
  reason: string;
}

export function hideReview({ id, reason }: HideReviewInput): Promise<HiddenReviewView> {
  return http.request<HiddenReviewView>(`/admin/reviews/${encodeURIComponent(id)}/hide`, {
    method: 'POST',
    body: { reason },
  });
}

/**
 * Hides a review (admin): it leaves the offering's list and rating. Every query is refreshed
 * afterwards, since review lists and ratings live in other features' caches.
 */
export function useHideReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: hideReview,
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
