import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export function approveOffering(id: string): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/admin/offerings/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
  });
}

/** Publishes a pending offering, or applies the pending revision of a published one. */
export function useApproveOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveOffering,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
