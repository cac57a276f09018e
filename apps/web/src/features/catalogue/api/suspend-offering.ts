import type { StatusResponse } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';
import type { ReasonInput } from './reject-offering';

export function suspendOffering({ id, reason, version }: ReasonInput): Promise<StatusResponse> {
  return http.request<StatusResponse>(`/admin/offerings/${encodeURIComponent(id)}/suspend`, {
    method: 'POST',
    body: { reason, version },
  });
}

/** Takes a published offering off the marketplace; the reason is shown to the provider. */
export function useSuspendOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: suspendOffering,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: catalogueKeys.all }),
  });
}
