import type { ProviderPublicView } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys, type PageParams } from './keys';

export function getProvider(
  id: string,
  params: PageParams,
  signal?: AbortSignal,
): Promise<ProviderPublicView> {
  return http.request<ProviderPublicView>(`/providers/${encodeURIComponent(id)}`, {
    query: { page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** A provider's public page: profile and a page of its published offerings. */
export function useGetProvider(id: string, params: PageParams) {
  return useQuery({
    queryKey: catalogueKeys.provider(id, params),
    queryFn: ({ signal }) => getProvider(id, params, signal),
    placeholderData: keepPreviousData,
  });
}
