import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlanPhase, PlanStatus, ScenarioCode } from '@toolbox/domain';
import { PlanItemEntity } from './entities/plan-item.entity.js';

/** A demo plan item, as the seeder inserts it (offering id resolved). */
export interface SeedPlanItemRow {
  userId: string;
  offeringId: string | null;
  title: string;
  scenario: ScenarioCode;
  priority: number;
  phase: PlanPhase;
  status: PlanStatus;
  notes: string | null;
  createdAt: Date;
}

/** The plans module's part of loading the demo data: every demo SME's plan items. */
@Injectable()
export class PlanSeeder {
  async insertItems(em: EntityManager, rows: readonly SeedPlanItemRow[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      await em.getRepository(PlanItemEntity).insert(
        rows.slice(i, i + 200).map((r) => ({
          ...r,
          targetDate: null,
          planIndex: null,
          updatedAt: r.createdAt,
        })),
      );
    }
  }
}
