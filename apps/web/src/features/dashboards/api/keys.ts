import type { DashboardFilters } from '../dashboard-data';

/** Query keys of the dashboards feature. */
export const dashboardsKeys = {
  all: ['dashboards'] as const,
  overview: (filters: DashboardFilters) => [...dashboardsKeys.all, 'overview', filters] as const,
};
