import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EngagementModule } from '../engagement/index.js';
import { SmesModule } from '../smes/index.js';
import { DashboardsController } from './dashboards.controller.js';
import { DashboardsService } from './dashboards.service.js';
import { ProgrammeBudgetsPort } from './programme-budgets.port.js';

/** Regional dashboards for gov accounts and admins (no tables of its own). */
@Module({
  imports: [SmesModule, EngagementModule, CatalogueModule],
  controllers: [DashboardsController],
  providers: [DashboardsService, ProgrammeBudgetsPort],
})
export class DashboardsModule {}
