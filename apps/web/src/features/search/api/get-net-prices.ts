import type { NetPriceView } from '@toolbox/contracts';
import { useQueries } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchKeys } from './keys';

export function getNetPrice(id: string, signal?: AbortSignal): Promise<NetPriceView> {
  return http.request<NetPriceView>(`/offerings/${encodeURIComponent(id)}/net-price`, { signal });
}

/**
 * Each offering's plans after the best programme the signed-in SME is eligible for
 * (`GET /api/offerings/:id/net-price`), for the compare page; nothing is fetched unless `enabled`.
 */
export function useGetNetPrices(ids: readonly string[], enabled: boolean) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: searchKeys.netPrice(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getNetPrice(id, signal),
      staleTime: 60_000,
      enabled,
    })),
  });
}
