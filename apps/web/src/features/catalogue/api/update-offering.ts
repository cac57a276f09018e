import type { OfferingView, UpdateOfferingRequest } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export interface UpdateOfferingInput {
  id: string;
  body: UpdateOfferingRequest;
}

export function updateOffering({ id, body }: UpdateOfferingInput): Promise<OfferingView> {
  return http.request<OfferingView>(`/offerings/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}

/**
 * Edits an own offering: in place, or — for a published one — as a pending revision that waits
 * for review while the public keeps the published version.
 */
export function useUpdateOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOffering,
    onSuccess: (offering) => {
      queryClient.setQueryData(catalogueKeys.offering(offering.id), offering);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}
