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
}
