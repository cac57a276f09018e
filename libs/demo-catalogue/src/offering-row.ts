import { minMonthlyPriceCents, type OfferingStatus } from '@toolbox/domain';
import type { OfferingSource } from '@toolbox/search';
import type { SeedOffering } from './types.js';

const DAY = 24 * 3600 * 1000;

/**
 * The columns the seeder inserts for a demo offering: what search needs of an offering (the
 * database fills in id and version), plus its owner, status and dates.
 */
export interface SeedOfferingRow extends Omit<OfferingSource, 'id' | 'version'> {
  providerId: string;
  status: OfferingStatus;
  statusReason: string | null;
  createdAt: Date;
}

/**
 * A demo offering as the seeder stores it, for its provider's id, dated relative to `now`. Pure:
 * the seeder and the search evaluations build the same rows.
 */
export function seedOfferingRow(o: SeedOffering, providerId: string, now: Date): SeedOfferingRow {
  const createdAt = new Date(now.getTime() - o.createdDaysAgo * DAY);
  const plans = o.plans.map((pl) => ({
    name: pl.name,
    billingPeriod: pl.billingPeriod,
    priceCents: pl.priceCents,
    trialDays: pl.trialDays,
  }));
  return {
    providerId,
    status: o.status,
    statusReason: o.statusReason,
    title: o.title,
    titleEn: o.titleEn,
    summary: o.summary,
    summaryEn: o.summaryEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    kind: o.kind,
    scenarios: o.scenarios,
    industries: o.industries,
    stages: o.stages,
    regions: o.regions,
    deployment: o.deployment,
    deliveryDays: o.deliveryDays,
    plans,
    tags: o.tags,
    minMonthlyPriceCents: minMonthlyPriceCents(plans) ?? 0,
    rating: o.rating,
    reviewCount: o.reviewCount,
    publishedAt:
      o.status === 'published' || o.status === 'suspended'
        ? new Date(createdAt.getTime() + 2 * DAY)
        : null,
    createdAt,
    updatedAt: createdAt,
  };
}
