/** The dashboards module's public surface: other modules import only from here. */
export { DashboardsModule } from './dashboards.module.js';
