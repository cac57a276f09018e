import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/index.js';
import { EngagementModule } from '../engagement/index.js';
import { ProgrammeBudgets } from '../programmes/index.js';
import { SmesModule } from '../smes/index.js';
import { DashboardsController } from './dashboards.controller.js';
import { DashboardsService } from './dashboards.service.js';

/**
 * Regional dashboards for gov accounts and admins (no tables of its own). `ProgrammeBudgets`
 * (the programmes module's budgets reader) needs only the DataSource, so it is provided here.
 */
@Module({
  imports: [SmesModule, EngagementModule, CatalogueModule],
  controllers: [DashboardsController],
  providers: [DashboardsService, ProgrammeBudgets],
})
export class DashboardsModule {}
