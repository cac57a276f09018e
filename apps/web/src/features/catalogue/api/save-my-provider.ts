import type { ProviderView, UpsertProviderRequest } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export type SaveMyProviderBody = Pick<
  UpsertProviderRequest,
  'name' | 'kind' | 'description' | 'website'
>;

export function saveMyProvider(body: SaveMyProviderBody): Promise<ProviderView> {
  return http.request<ProviderView>('/providers/me', { method: 'PUT', body });
}

/** Creates or updates the signed-in provider's profile. */
export function useSaveMyProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyProvider,
    onSuccess: (provider) => {
      queryClient.setQueryData(catalogueKeys.myProvider(), provider);
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.all });
    },
  });
}
