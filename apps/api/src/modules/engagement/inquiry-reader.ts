import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InquiryEntity } from './entities/inquiry.entity.js';

/**
 * What other modules (reviews, matching) may know of inquiries, without touching the
 * engagement tables.
 */
@Injectable()
export class InquiryReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * How far the SME's inquiries on an offering went: `adopted` when one is `won`, `trial` when
   * one reached `trialing` (and none is won), null otherwise (no verified engagement).
   */
  async engagementOf(smeUserId: string, offeringId: string): Promise<'trial' | 'adopted' | null> {
    const row = await this.dataSource
      .getRepository(InquiryEntity)
      .createQueryBuilder('i')
      .select("COUNT(*) FILTER (WHERE i.status = 'won')::int", 'won')
      .addSelect('COUNT(i.trial_at)::int', 'trials')
      .where('i.sme_user_id = :smeUserId AND i.offering_id = :offeringId', {
        smeUserId,
        offeringId,
      })
      .getRawOne<{ won: number; trials: number }>();
    if (row === undefined) return null;
    if (row.won > 0) return 'adopted';
    return row.trials > 0 ? 'trial' : null;
  }

  /** Per offering among `offeringIds`: the user ids of the SMEs with a `won` inquiry on it. */
  async adopters(offeringIds: readonly string[]): Promise<Map<string, string[]>> {
    if (offeringIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(InquiryEntity)
      .createQueryBuilder('i')
      .select('i.offering_id', 'offeringId')
      .addSelect('ARRAY_AGG(DISTINCT i.sme_user_id)', 'smeUserIds')
      .where("i.offering_id IN (:...ids) AND i.status = 'won'", { ids: [...new Set(offeringIds)] })
      .groupBy('i.offering_id')
      .getRawMany<{ offeringId: string; smeUserIds: string[] }>();
    return new Map(rows.map((r) => [r.offeringId, r.smeUserIds]));
  }

  /**
   * The lead funnel of a set of SMEs (regional dashboards), counted in one query: their
   * inquiries of any kind and status, those that reached `trialing` and those that are `won`.
   */
  async funnelOf(
    smeUserIds: readonly string[],
  ): Promise<{ inquiries: number; trials: number; won: number }> {
    if (smeUserIds.length === 0) return { inquiries: 0, trials: 0, won: 0 };
    const row = await this.dataSource
      .getRepository(InquiryEntity)
      .createQueryBuilder('i')
      .select('COUNT(*)::int', 'inquiries')
      .addSelect('COUNT(i.trial_at)::int', 'trials')
      .addSelect("COUNT(*) FILTER (WHERE i.status = 'won')::int", 'won')
      .where('i.sme_user_id = ANY(:ids)', { ids: [...new Set(smeUserIds)] })
      .getRawOne<{ inquiries: number; trials: number; won: number }>();
    return row ?? { inquiries: 0, trials: 0, won: 0 };
  }
}
