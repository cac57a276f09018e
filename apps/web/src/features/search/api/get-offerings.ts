import type { OfferingView } from '@toolbox/contracts';
import { useQueries } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchKeys } from './keys';

export function getOffering(id: string, signal?: AbortSignal): Promise<OfferingView> {
  return http.request<OfferingView>(`/offerings/${encodeURIComponent(id)}`, { signal });
}

/** Several published offerings at once (`GET /api/offerings/:id` each), for the compare page. */
export function useGetOfferings(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: searchKeys.offering(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getOffering(id, signal),
      staleTime: 60_000,
    })),
  });
}
