import { offeringServesRegion, regionContains } from '../taxonomy/regions.js';
import { type ProgrammeStatus } from './status-machine.js';
import { netPriceCents, subsidyCents } from './subsidy.js';

/**
 * Eligibility exactly as api-v1.md "Public programmes → Eligibility" defines it, as pure functions.
 *
 * An SME is eligible for a programme when the programme is published and
 * `opensAt ≤ now < closesAt`, the SME's region lies inside the programme's region (a province
 * contains its cities), its industry is listed (or `industries: []`), its level is listed (or
 * `levels: []`), and — for an offering — one of the offering's scenarios is listed (or
 * `scenarios: []`) and the offering serves the SME's region (the contract's "serves" rule).
 *
 * Levels: the contract says "its level is listed" with no exception, so an SME's level is taken
 * literally — level 0 is eligible only when `levels` is `[]` or lists 0. (The "level 0 counts as
 * level 1" rule of the contract's conventions applies to matching only.) An SME that has no
 * assessment has no level: it is eligible only for programmes with `levels: []`.
 *
 * Budget is not part of eligibility: an approval is refused when the budget is exhausted.
 */

/** The programme fields eligibility and subsidies read. */
export interface ProgrammeRules {
  id: string;
  status: ProgrammeStatus;
  /** GB/T 2260 code of the programme's region. */
  region: string;
  /** GB/T 4754 division codes; `[]` = any industry. */
  industries: readonly string[];
  /** Scenario codes; `[]` = any scenario. */
  scenarios: readonly string[];
  /** SME levels 0–4; `[]` = any level. */
  levels: readonly number[];
  /** Integer 1–100. */
  subsidyPercent: number;
  capCents: number;
  opensAt: Date;
  closesAt: Date;
}

/** What eligibility knows about the SME. */
export interface EligibilitySme {
  region: string;
  industry: string;
  /** Newest assessment level (0–4); null before any assessment. */
  level: number | null;
}

/** What eligibility knows about an offering. */
export interface EligibilityOffering {
  scenarios: readonly string[];
  /** Regions the offering serves; `[]` = nationwide. */
  regions: readonly string[];
}

export const INELIGIBILITY_REASONS = [
  'not_published',
  'not_yet_open',
  'closed',
  'region_outside',
  'industry_not_listed',
  'level_not_listed',
  'level_unknown',
  'scenario_not_listed',
  'offering_region_not_served',
] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibilityReason };

/** Human-readable explanations (for the 409 message "that says why", and the UI). */
export const INELIGIBILITY_MESSAGES: Readonly<
  Record<IneligibilityReason, { zh: string; en: string }>
> = {
  not_published: { zh: '该项目尚未发布', en: 'the programme is not published' },
  not_yet_open: { zh: '该项目尚未开始受理', en: 'the programme is not open yet' },
  closed: { zh: '该项目已截止', en: 'the programme is closed' },
  region_outside: {
    zh: '企业所在地区不在该项目范围内',
    en: "the company's region is outside the programme's region",
  },
  industry_not_listed: {
    zh: '企业所属行业不在该项目支持范围内',
    en: "the company's industry is not covered by the programme",
  },
  level_not_listed: {
    zh: '企业数字化水平等级不在该项目支持范围内',
    en: "the company's digital level is not covered by the programme",
  },
  level_unknown: {
    zh: '该项目限定数字化水平等级，请先完成评估',
    en: 'the programme is limited to certain digital levels: complete an assessment first',
  },
  scenario_not_listed: {
    zh: '该产品的应用场景不在该项目支持范围内',
    en: "none of the offering's scenarios is covered by the programme",
  },
  offering_region_not_served: {
    zh: '该产品不服务企业所在地区',
    en: "the offering does not serve the company's region",
  },
};

function timeOf(date: Date, what: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what} is not a valid date`);
  return ms;
}

const listed = <T>(list: readonly T[], value: T): boolean =>
  list.length === 0 || list.includes(value);

/**
 * Every rule the SME breaks for the programme (ignoring offerings), in the contract's order;
 * `[]` when it is eligible. `now` must be a valid date, as must the programme's window.
 */
export function programmeIneligibilities(
  programme: ProgrammeRules,
  sme: EligibilitySme,
  now: Date,
): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (programme.status === 'draft') reasons.push('not_published');
  const at = timeOf(now, 'now');
  if (at < timeOf(programme.opensAt, 'opensAt')) reasons.push('not_yet_open');
  if (programme.status === 'closed' || at >= timeOf(programme.closesAt, 'closesAt')) {
    reasons.push('closed');
  }
  if (!regionContains(programme.region, sme.region)) reasons.push('region_outside');
  if (!listed(programme.industries, sme.industry)) reasons.push('industry_not_listed');
  if (programme.levels.length > 0) {
    if (sme.level === null) reasons.push('level_unknown');
    else if (!programme.levels.includes(sme.level)) reasons.push('level_not_listed');
  }
  return reasons;
}

/** Every rule broken for the programme and this offering; `[]` when eligible. */
export function offeringIneligibilities(
  programme: ProgrammeRules,
  sme: EligibilitySme,
  offering: EligibilityOffering,
  now: Date,
): IneligibilityReason[] {
  const reasons = programmeIneligibilities(programme, sme, now);
  if (
    programme.scenarios.length > 0 &&
    !offering.scenarios.some((code) => programme.scenarios.includes(code))
  ) {
    reasons.push('scenario_not_listed');
  }
  if (!offeringServesRegion(offering.regions, sme.region)) {
    reasons.push('offering_region_not_served');
  }
  return reasons;
}

const verdict = (reasons: readonly IneligibilityReason[]): Eligibility => {
  const [first] = reasons;
  return first === undefined ? { eligible: true } : { eligible: false, reason: first };
};

/** Whether the SME is eligible for the programme; when not, the first rule it breaks. */
export function isEligible(programme: ProgrammeRules, sme: EligibilitySme, now: Date): Eligibility {
  return verdict(programmeIneligibilities(programme, sme, now));
}

/** Whether the SME is eligible for the programme when buying this offering. */
export function isEligibleForOffering(
  programme: ProgrammeRules,
  sme: EligibilitySme,
  offering: EligibilityOffering,
  now: Date,
): Eligibility {
  return verdict(offeringIneligibilities(programme, sme, offering, now));
}

/** The subsidy a programme gives on one price (its percentage and cap). */
export function programmeSubsidyCents(
  programme: Pick<ProgrammeRules, 'subsidyPercent' | 'capCents'>,
  priceCents: number,
): number {
  return subsidyCents(priceCents, programme.subsidyPercent, programme.capCents);
}

export interface BestProgramme<P extends ProgrammeRules = ProgrammeRules> {
  programme: P;
  subsidyCents: number;
  netPriceCents: number;
}

/**
 * Orders programmes for one price: largest subsidy first; ties → earliest `closesAt`, then
 * smallest id (so the choice is deterministic).
 */
function better(
  a: { programme: ProgrammeRules; subsidyCents: number },
  b: { programme: ProgrammeRules; subsidyCents: number },
): boolean {
  if (a.subsidyCents !== b.subsidyCents) return a.subsidyCents > b.subsidyCents;
  const ac = a.programme.closesAt.getTime();
  const bc = b.programme.closesAt.getTime();
  if (ac !== bc) return ac < bc;
  return a.programme.id < b.programme.id;
}

/**
 * The best programme for one plan of an offering (`GET /api/offerings/:id/net-price`): among the
 * given programmes those the SME is eligible for with this offering at `now`, the one with the
 * largest subsidy on `priceCents` (ties → earliest closing, then id). Null when none is eligible
 * or none gives a positive subsidy (a free plan, or a zero cap): then the net price is the price
 * and there is no programme to name.
 */
export function bestProgrammeForPlan<P extends ProgrammeRules>(
  programmes: readonly P[],
  sme: EligibilitySme,
  offering: EligibilityOffering,
  priceCents: number,
  now: Date,
): BestProgramme<P> | null {
  let best: BestProgramme<P> | null = null;
  for (const programme of programmes) {
    if (!isEligibleForOffering(programme, sme, offering, now).eligible) continue;
    const subsidy = programmeSubsidyCents(programme, priceCents);
    if (subsidy <= 0) continue;
    const candidate = {
      programme,
      subsidyCents: subsidy,
      netPriceCents: netPriceCents(priceCents, subsidy),
    };
    if (best === null || better(candidate, best)) best = candidate;
  }
  return best;
}

export interface PlanPrice {
  name: string;
  billingPeriod: string;
  priceCents: number;
}

/** One row of `GET /api/offerings/:id/net-price` (API v1). */
export interface PlanNetPrice<B extends string = string> {
  name: string;
  billingPeriod: B;
  priceCents: number;
  subsidyCents: number;
  netPriceCents: number;
  /** The programme giving the subsidy; null when none applies (subsidy 0). */
  programmeId: string | null;
}

/** The net-price answer for every plan of an offering, in plan order. */
export function netPricesForPlans<B extends string>(
  plans: readonly (PlanPrice & { billingPeriod: B })[],
  programmes: readonly ProgrammeRules[],
  sme: EligibilitySme,
  offering: EligibilityOffering,
  now: Date,
): PlanNetPrice<B>[] {
  return plans.map((plan) => {
    const best = bestProgrammeForPlan(programmes, sme, offering, plan.priceCents, now);
    return {
      name: plan.name,
      billingPeriod: plan.billingPeriod,
      priceCents: plan.priceCents,
      subsidyCents: best?.subsidyCents ?? 0,
      netPriceCents: best?.netPriceCents ?? plan.priceCents,
      programmeId: best?.programme.id ?? null,
    };
  });
}
