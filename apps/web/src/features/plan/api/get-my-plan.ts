import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { planKeys } from './keys';
import type { PlanResponse } from './types';

export function getMyPlan(signal?: AbortSignal): Promise<PlanResponse> {
  return http.request<PlanResponse>('/plans/me', { signal });
}

/** The SME's transformation plan: items, costs and progress since the previous assessment. */
export function useGetMyPlan(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: planKeys.mine(),
    queryFn: ({ signal }) => getMyPlan(signal),
    enabled: options.enabled ?? true,
  });
}
