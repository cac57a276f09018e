import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlanNetPriceView } from '@toolbox/contracts';
import {
  type EligibilitySme,
  isEligible,
  monthlyEquivalentCents,
  netPricesForPlans,
  regionsThatServe,
} from '@toolbox/domain';
import { Clock } from '../../common/clock.js';
import { OfferingReader } from '../catalogue/index.js';
import { SmesService } from '../smes/index.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { toRules } from './programme-view.js';

/** A published, open programme the SME is eligible for (programme rules, any offering). */
export interface EligibleProgramme {
  id: string;
  name: string;
  region: string;
  subsidyPercent: number;
  capCents: number;
  /** `[]` = every scenario. */
  scenarios: string[];
  closesAt: Date;
  remainingCents: number;
}

/** One offering's prices for an SME after the best eligible programme per plan. */
export interface OfferingNetPrices {
  offeringId: string;
  /** In the offering's plan order (`GET /api/offerings/:id/net-price`'s `plans`). */
  plans: PlanNetPriceView[];
  /** The cheapest plan's monthly equivalent after subsidy (month as is, year/once ÷ 12). */
  minMonthlyNetPriceCents: number;
  /**
   * The programme behind the subsidised plan with the lowest monthly net price, and that plan's
   * subsidy; null when no plan gets a subsidy.
   */
  best: { programmeId: string; programmeName: string; subsidyCents: number } | null;
}

/**
 * The programmes module's read port (docs: apps/api/src/modules/programmes/index.ts). Reads in
 * at most three queries whatever the number of offerings: the SME's card, the candidate
 * programmes (published, open, whose region contains the SME's) and the published offerings.
 */
@Injectable()
export class ProgrammeReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly smes: SmesService,
    private readonly offerings: OfferingReader,
    private readonly clock: Clock,
  ) {}

  /** What eligibility knows of the SME; null when it has no company profile. */
  async smeFacts(smeUserId: string): Promise<EligibilitySme | null> {
    const card = (await this.smes.cards([smeUserId])).get(smeUserId);
    return card === undefined
      ? null
      : { region: card.region, industry: card.industry, level: card.level };
  }

  /** Published programmes open at `now` whose region contains `region` (eligibility candidates). */
  async candidates(region: string, now: Date): Promise<ProgrammeEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .where("p.status = 'published'")
      .andWhere('p.region IN (:...regions)', { regions: regionsThatServe(region) })
      .andWhere('p.opens_at <= :now AND p.closes_at > :now', { now })
      .orderBy('p.closes_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  /**
   * The published, open programmes `smeUserId` is eligible for (region, industry, level; any
   * offering), soonest closing first. `[]` when the SME has no company profile.
   */
  async eligibleProgrammesFor(smeUserId: string): Promise<EligibleProgramme[]> {
    const sme = await this.smeFacts(smeUserId);
    if (sme === null) return [];
    const now = new Date(this.clock.now());
    const programmes = await this.candidates(sme.region, now);
    return programmes
      .filter((p) => isEligible(toRules(p), sme, now).eligible)
      .map((p) => ({
        id: p.id,
        name: p.name,
        region: p.region,
        subsidyPercent: p.subsidyPercent,
        capCents: p.capCents,
        scenarios: p.scenarios,
        closesAt: p.closesAt,
        remainingCents: p.budgetCents - p.committedCents,
      }));
  }

  /**
   * Net prices of the given offerings for the SME, by offering id: each plan with the best
   * eligible programme's subsidy (libs/domain `netPricesForPlans`). Offerings that are not
   * published are absent; an SME without a profile gets every price unsubsidised.
   */
  async netPricesFor(
    smeUserId: string,
    offeringIds: readonly string[],
  ): Promise<Map<string, OfferingNetPrices>> {
    if (offeringIds.length === 0) return new Map();
    const now = new Date(this.clock.now());
    const [sme, offerings] = await Promise.all([
      this.smeFacts(smeUserId),
      this.offerings.indexable([...new Set(offeringIds)]),
    ]);
    const programmes = sme === null ? [] : await this.candidates(sme.region, now);
    const rules = programmes.map(toRules);
    const names = new Map(programmes.map((p) => [p.id, p.name]));
    const out = new Map<string, OfferingNetPrices>();
    for (const { offering } of offerings) {
      const plans: PlanNetPriceView[] =
        sme === null
          ? offering.plans.map((p) => ({
              name: p.name,
              billingPeriod: p.billingPeriod,
              priceCents: p.priceCents,
              subsidyCents: 0,
              netPriceCents: p.priceCents,
              programmeId: null,
            }))
          : netPricesForPlans(offering.plans, rules, sme, offering, now);
      let cheapestMonthly = Number.POSITIVE_INFINITY;
      // The subsidised plan with the lowest monthly net price names the programme.
      let subsidised: PlanNetPriceView | undefined;
      let subsidisedMonthly = Number.POSITIVE_INFINITY;
      for (const plan of plans) {
        const monthly = monthlyEquivalentCents({
          billingPeriod: plan.billingPeriod,
          priceCents: plan.netPriceCents,
        });
        cheapestMonthly = Math.min(cheapestMonthly, monthly);
        if (plan.programmeId !== null && monthly < subsidisedMonthly) {
          subsidisedMonthly = monthly;
          subsidised = plan;
        }
      }
      out.set(offering.id, {
        offeringId: offering.id,
        plans,
        minMonthlyNetPriceCents: Number.isFinite(cheapestMonthly) ? cheapestMonthly : 0,
        best:
          subsidised?.programmeId != null
            ? {
                programmeId: subsidised.programmeId,
                programmeName: names.get(subsidised.programmeId) ?? '',
                subsidyCents: subsidised.subsidyCents,
              }
            : null,
      });
    }
    return out;
  }
}
