import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseEntity } from './entities/case.entity.js';
import { DEMO_CASES, type DemoCase } from './demo-cases.js';

/** A demo offering as the case seeder chooses among them (ids resolved). */
export interface SeedCaseOffering {
  id: string;
  providerId: string;
  providerUserId: string;
  published: boolean;
  scenarios: readonly string[];
  industries: readonly string[];
}

const DAY = 24 * 3600 * 1000;

/**
 * The offerings a demo case links: published offerings listing the case's first scenario (and
 * fitting its industry when possible) of one provider — the demo provider's own for its cases,
 * otherwise the provider least used so far — two of them when the case asks for two. Pure and
 * deterministic (input order decides ties).
 */
export function pickCaseOfferings(
  c: DemoCase,
  offerings: readonly SeedCaseOffering[],
  demoProviderUserId: string,
  used: Map<string, number>,
): SeedCaseOffering[] {
  const primary = c.scenarios[0];
  const fits = (o: SeedCaseOffering) =>
    o.published &&
    (c.demoProvider === true) === (o.providerUserId === demoProviderUserId) &&
    (primary === undefined || o.scenarios.includes(primary));
  let candidates = offerings.filter(fits);
  const forIndustry = candidates.filter(
    (o) => o.industries.length === 0 || o.industries.includes(c.industry),
  );
  if (forIndustry.length > 0) candidates = forIndustry;
  if (candidates.length === 0 && c.demoProvider === true) {
    candidates = offerings.filter((o) => o.published && o.providerUserId === demoProviderUserId);
  }
  const byProvider = new Map<string, SeedCaseOffering[]>();
  for (const o of candidates)
    byProvider.set(o.providerId, [...(byProvider.get(o.providerId) ?? []), o]);
  let best: SeedCaseOffering[] = [];
  let bestScore = -Infinity;
  for (const [providerId, list] of byProvider) {
    // Enough offerings first, then a provider with fewer cases so far, then more shared scenarios.
    const shared = (o: SeedCaseOffering) =>
      c.scenarios.filter((s) => o.scenarios.includes(s)).length;
    const score =
      (list.length >= c.offerings ? 1000 : 0) -
      (used.get(providerId) ?? 0) * 10 +
      Math.max(...list.map(shared));
    if (score > bestScore) {
      bestScore = score;
      best = [...list].sort((a, b) => shared(b) - shared(a));
    }
  }
  const chosen = best.slice(0, c.offerings);
  const provider = chosen[0]?.providerId;
  if (provider !== undefined) used.set(provider, (used.get(provider) ?? 0) + 1);
  return chosen;
}

/**
 * The cases module's part of loading the demo data, inside the seeder's transaction: the demo
 * case library (published cases, two pending and one rejected of the demo provider), each linked
 * to fitting demo offerings. Returns how many cases it inserted.
 */
@Injectable()
export class CaseSeeder {
  async insertDemo(
    em: EntityManager,
    offerings: readonly SeedCaseOffering[],
    demoProviderUserId: string,
    now: Date,
  ): Promise<number> {
    const used = new Map<string, number>();
    const rows = DEMO_CASES.flatMap((c) => {
      const linked = pickCaseOfferings(c, offerings, demoProviderUserId, used);
      const first = linked[0];
      if (first === undefined) return [];
      const at = new Date(now.getTime() - c.daysAgo * DAY);
      const created = new Date(at.getTime() - 3 * DAY);
      return [
        {
          providerId: first.providerId,
          providerUserId: first.providerUserId,
          createdBy: first.providerUserId,
          title: c.title,
          story: c.story,
          industry: c.industry,
          region: c.region,
          scenarios: c.scenarios,
          offeringIds: linked.map((o) => o.id),
          metrics: c.metrics,
          status: c.status,
          rejectionReason: c.status === 'rejected' ? (c.reason ?? null) : null,
          createdAt: created,
          updatedAt: at,
          submittedAt: new Date(at.getTime() - (c.status === 'published' ? DAY : 0)),
          publishedAt: c.status === 'published' ? at : null,
        },
      ];
    });
    if (rows.length === 0) return 0;
    await em.createQueryBuilder().insert().into(CaseEntity).values(rows).execute();
    return rows.length;
  }
}
