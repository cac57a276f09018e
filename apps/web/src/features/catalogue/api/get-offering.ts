import type { OfferingView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export function getOffering(id: string, signal?: AbortSignal): Promise<OfferingView> {
  return http.request<OfferingView>(`/offerings/${encodeURIComponent(id)}`, { signal });
}

/**
 * One offering: the published version for everyone; its owner and admins also get unpublished
 * offerings and the pending revision.
 */
export function useGetOffering(id: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.offering(id ?? ''),
    queryFn: ({ signal }) => getOffering(id ?? '', signal),
    enabled: id !== undefined && id !== '',
  });
}
