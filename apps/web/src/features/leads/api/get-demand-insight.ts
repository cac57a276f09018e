import type { DemandInsightView } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type DemandParams, leadsKeys } from './keys';

export function getDemandInsight(
  params: DemandParams,
  signal?: AbortSignal,
): Promise<DemandInsightView> {
  return http.request<DemandInsightView>('/insights/demand', {
    query: { region: params.region || undefined, industry: params.industry || undefined },
    signal,
  });
}

/** Demand against supply per scenario in a region/industry (groups under 5 firms suppressed). */
export function useGetDemandInsight(params: DemandParams) {
  return useQuery({
    queryKey: leadsKeys.demand(params),
    queryFn: ({ signal }) => getDemandInsight(params, signal),
    placeholderData: keepPreviousData,
  });
}
