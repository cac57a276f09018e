import type { DashboardOverview } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import type { DashboardFilters } from '../dashboard-data';
import { dashboardsKeys } from './keys';

export function getOverview(
  filters: DashboardFilters,
  signal?: AbortSignal,
): Promise<DashboardOverview> {
  return http.request<DashboardOverview>('/dashboards/overview', {
    query: { region: filters.region, industry: filters.industry },
    signal,
  });
}

/** The regional overview for the filters (gov: own region by default; admin: whole country). */
export function useGetOverview(filters: DashboardFilters) {
  return useQuery({
    queryKey: dashboardsKeys.overview(filters),
    queryFn: ({ signal }) => getOverview(filters, signal),
    placeholderData: keepPreviousData,
  });
}
