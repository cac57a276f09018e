/** Public face of features/dashboards: import it only through this file. */
export { RegionalDashboard, type RegionalDashboardProps } from './components/regional-dashboard';
