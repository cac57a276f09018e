import type { FunnelView } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { leadsKeys } from './keys';

export function getFunnel(from: string, to: string, signal?: AbortSignal): Promise<FunnelView> {
  return http.request<FunnelView>('/providers/me/funnel', { query: { from, to }, signal });
}

/** The provider's funnel over `from`–`to` (inclusive dates): totals and per offering. */
export function useGetFunnel(from: string, to: string) {
  return useQuery({
    queryKey: leadsKeys.funnel(from, to),
    queryFn: ({ signal }) => getFunnel(from, to, signal),
    placeholderData: keepPreviousData,
  });
}
