import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { insideRegionSql } from './programme-scope.js';

/** A programme's money as the regional dashboards show it. */
export interface ProgrammeBudget {
  id: string;
  name: string;
  budgetCents: number;
  committedCents: number;
}

/**
 * The programmes module's budgets reader (regional dashboards): published and closed
 * programmes — drafts are not public yet — whose region lies inside `region` (all of them
 * without one) and, when `industry` is given, that are open to it (list it or every industry).
 * Largest budget first. It needs only the DataSource, so a consumer may provide it itself.
 */
@Injectable()
export class ProgrammeBudgets {
  constructor(private readonly dataSource: DataSource) {}

  async inside(region: string | undefined, industry?: string): Promise<ProgrammeBudget[]> {
    const qb = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where("p.status IN ('published', 'closed')")
      .orderBy('p.budget_cents', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC');
    if (region !== undefined) {
      const inside = insideRegionSql('p', region, 'inside');
      qb.andWhere(inside.sql, inside.params);
    }
    if (industry !== undefined) {
      qb.andWhere("(p.industries = '{}' OR :industry = ANY(p.industries))", { industry });
    }
    const rows = await qb.getMany();
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      budgetCents: p.budgetCents,
      committedCents: p.committedCents,
    }));
  }
}
