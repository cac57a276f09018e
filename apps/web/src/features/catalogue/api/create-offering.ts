import type { OfferingView } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import type { OfferingBody } from '../offering-form-values';
import { catalogueKeys } from './keys';

export function createOffering(body: OfferingBody): Promise<OfferingView> {
  return http.request<OfferingView>('/offerings', { method: 'POST', body });
}

/** Creates a draft offering of the signed-in provider. */
export function useCreateOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOffering,
    onSuccess: (offering) => {
      queryClient.setQueryData(catalogueKeys.offering(offering.id), offering);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}
