import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export interface ApproveInput {
  id: string;
  /** The offering `version` the admin reviewed: a later change makes the approval a 409. */
  version: number;
}

export function approveOffering({ id, version }: ApproveInput): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/admin/offerings/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
    body: { version },
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
