import { Injectable } from '@nestjs/common';
import type { DashboardProgrammeRow } from '@toolbox/contracts';

/**
 * The programmes section's source. Until the programmes module exports its budgets reader this
 * answers no programmes; DashboardsModule binds it to that reader.
 */
@Injectable()
export class ProgrammeBudgetsPort {
  budgetsInside(region: string | undefined): Promise<DashboardProgrammeRow[]> {
    void region;
    return Promise.resolve([]);
  }
}
