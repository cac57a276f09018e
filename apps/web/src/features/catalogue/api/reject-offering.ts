import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export interface ReasonInput {
  id: string;
  reason: string;
}

export function rejectOffering({ id, reason }: ReasonInput): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/admin/offerings/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { reason },
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
