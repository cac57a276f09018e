import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export function submitOffering(id: string): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/offerings/${encodeURIComponent(id)}/submit`, {
    method: 'POST',
  });
}

/** Sends an own draft, rejected or suspended offering to the review queue. */
export function useSubmitOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitOffering,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
