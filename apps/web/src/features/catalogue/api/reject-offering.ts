import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export interface ReasonInput {
  id: string;
  reason: string;
  /** The offering `version` the admin reviewed: a later change makes the decision a 409. */
  version: number;
}

export function rejectOffering({ id, reason, version }: ReasonInput): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/admin/offerings/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { reason, version },
  });
}

/**
 * Rejects a pending offering, or discards the pending revision of a published one (which stays
 * published); the reason is shown to the provider.
 */
export function useRejectOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectOffering,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
