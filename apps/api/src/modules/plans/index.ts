/** The plans module's public surface: other modules import only from here. */
export { PlansModule } from './plans.module.js';
/** `advanceForOffering`: an engagement moves the SME's plan item for an offering. */
export { PlansService } from './plans.service.js';
/** The demo data loader's plan items. */
export { PlanSeeder, type SeedPlanItemRow } from './plan-seeder.js';
