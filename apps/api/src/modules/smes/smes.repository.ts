import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

  findByUser(userId: string): Promise<SmeEntity | null> {
    return this.repo.findOneBy({ userId });
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
