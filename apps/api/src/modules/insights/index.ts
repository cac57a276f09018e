/** The insights module's public surface. */
export { InsightsModule } from './insights.module.js';
