import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import type { ScenarioCode } from '@toolbox/domain';
import { SmeEntity } from './entities/sme.entity.js';

export type SmeProfileFields = Pick<
  SmeEntity,
  | 'companyName'
  | 'creditCode'
  | 'industry'
  | 'region'
  | 'employees'
  | 'annualRevenueCents'
  | 'sizeClass'
>;
export type SmeNeedsFields = Pick<
  SmeEntity,
  'needScenarios' | 'monthlyBudgetCents' | 'preferredDeployment' | 'needNotes' | 'needsUpdatedAt'
>;

@Injectable()
export class SmesRepository {
  constructor(@InjectRepository(SmeEntity) private readonly repo: Repository<SmeEntity>) {}

  findByUser(userId: string, em?: EntityManager): Promise<SmeEntity | null> {
    return (em?.getRepository(SmeEntity) ?? this.repo).findOneBy({ userId });
  }

  async findByUsers(userIds: readonly string[], em?: EntityManager): Promise<SmeEntity[]> {
    if (userIds.length === 0) return [];
    return (em?.getRepository(SmeEntity) ?? this.repo).findBy({
      userId: In([...new Set(userIds)]),
    });
  }

  /** SMEs in a region (a province includes its cities) and industry; each filter optional. */
  demandSlice(filter: { region?: string; industry?: string }): Promise<SmeEntity[]> {
    const qb = this.repo
      .createQueryBuilder('s')
      .select(['s.id', 's.needScenarios', 's.weakScenarios']);
    if (filter.region !== undefined) {
      const region = filter.region;
      if (region.endsWith('0000')) {
        qb.andWhere('left(s.region, 2) = :prefix', { prefix: region.slice(0, 2) });
      } else if (region.endsWith('00')) {
        qb.andWhere('left(s.region, 4) = :prefix', { prefix: region.slice(0, 4) });
      } else qb.andWhere('s.region = :region', { region });
    }
    if (filter.industry !== undefined) {
      qb.andWhere('s.industry = :industry', { industry: filter.industry });
    }
    return qb.getMany();
  }

  async insert(
    em: EntityManager,
    row: Omit<SmeEntity, 'id' | 'createdAt' | 'updatedAt' | 'user'>,
  ): Promise<void> {
    await em.getRepository(SmeEntity).insert(row);
  }

  async recordAssessment(
    em: EntityManager,
    userId: string,
    level: number,
    weakScenarios: ScenarioCode[],
    scenarioRatings: Partial<Record<ScenarioCode, number | null>>,
  ): Promise<void> {
    await em.getRepository(SmeEntity).update({ userId }, { level, weakScenarios, scenarioRatings });
  }

  /** Creates or updates the profile of `userId` (one per account). */
  async upsertProfile(userId: string, fields: SmeProfileFields): Promise<SmeEntity> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .into(SmeEntity)
      .values({ userId, ...fields })
      .orUpdate(
        [
          'company_name',
          'credit_code',
          'industry',
          'region',
          'employees',
          'annual_revenue_cents',
          'size_class',
          'updated_at',
        ],
        ['user_id'],
      )
      .execute();
    return this.repo.findOneByOrFail({ userId });
  }

  /** Updates the needs of the SME owned by `userId`; null when it has no profile yet. */
  async updateNeeds(userId: string, fields: SmeNeedsFields): Promise<SmeEntity | null> {
    const res = await this.repo.update({ userId }, fields);
    if ((res.affected ?? 0) === 0) return null;
    return this.repo.findOneByOrFail({ userId });
  }
}
