import { monthlyEquivalentCents } from '../money.js';
import { type BillingPeriod } from '../taxonomy/catalogue.js';
import { type PlanNetPrice } from './eligibility.js';

/**
 * Net prices where an SME sees a price (search results, matches, compare, plan costs), derived
 * from the per-plan answer of `netPricesForPlans` (`GET /api/offerings/:id/net-price`). Pure and
 * integer-only.
 */

/** An offering's headline price for one SME, before and after subsidy. */
export interface NetHeadline {
  /**
   * `min` over the plans of the plan's `netPriceCents` as a monthly equivalent (month as is,
   * year and once ÷ 12, rounded to the nearest fen, halves up).
   */
  netMinMonthlyPriceCents: number;
  /**
   * The plan giving `netMinMonthlyPriceCents`: the first in plan order, except that on a tie a
   * subsidised plan wins over an unsubsidised one (the larger subsidy first).
   */
  planIndex: number;
  /** The subsidy on that plan; null when it gets none. */
  subsidy: {
    programmeId: string;
    /**
     * Per month: the plan's list price as a monthly equivalent minus
     * `netMinMonthlyPriceCents` (so list − subsidy = net exactly, in whole fen).
     */
    subsidyCents: number;
  } | null;
}

/** The headline price of an offering's plans for an SME; null when the offering has no plans. */
export function netHeadline(plans: readonly PlanNetPrice<BillingPeriod>[]): NetHeadline | null {
  let best: { index: number; monthly: number; plan: PlanNetPrice<BillingPeriod> } | null = null;
  for (const [index, plan] of plans.entries()) {
    const monthly = monthlyEquivalentCents({
      billingPeriod: plan.billingPeriod,
      priceCents: plan.netPriceCents,
    });
    if (
      best === null ||
      monthly < best.monthly ||
      (monthly === best.monthly && plan.subsidyCents > best.plan.subsidyCents)
    ) {
      best = { index, monthly, plan };
    }
  }
  if (best === null) return null;
  const { index, monthly, plan } = best;
  const listMonthly = monthlyEquivalentCents({
    billingPeriod: plan.billingPeriod,
    priceCents: plan.priceCents,
  });
  return {
    netMinMonthlyPriceCents: monthly,
    planIndex: index,
    subsidy:
      plan.programmeId !== null && plan.subsidyCents > 0
        ? { programmeId: plan.programmeId, subsidyCents: listMonthly - monthly }
        : null,
  };
}

/** One plan item's cost after subsidy (`GET /api/plans/me`). */
export interface PlanItemNetCost {
  netMonthlyCents: number;
  /** A monthly plan × 12; a yearly or one-off plan's net price. */
  netYearlyCents: number;
  /** The subsidy on the plan's own price and its programme; null when none applies. */
  subsidy: { programmeId: string; subsidyCents: number } | null;
}

/**
 * The net cost of the same plan `planItemCost` prices (the chosen plan, else the cheapest by
 * list monthly equivalent, the first on a tie), so before and after subsidy describe one plan.
 */
export function planItemNetCost(
  plans: readonly PlanNetPrice<BillingPeriod>[],
  planIndex: number | null,
): PlanItemNetCost {
  let chosen: PlanNetPrice<BillingPeriod> | undefined;
  if (planIndex !== null && planIndex >= 0 && planIndex < plans.length) {
    chosen = plans[planIndex];
  } else {
    let cheapest = Number.POSITIVE_INFINITY;
    for (const plan of plans) {
      const monthly = monthlyEquivalentCents(plan);
      if (monthly < cheapest) {
        cheapest = monthly;
        chosen = plan;
      }
    }
  }
  if (chosen === undefined) return { netMonthlyCents: 0, netYearlyCents: 0, subsidy: null };
  const net = { billingPeriod: chosen.billingPeriod, priceCents: chosen.netPriceCents };
  return {
    netMonthlyCents: monthlyEquivalentCents(net),
    netYearlyCents: net.billingPeriod === 'month' ? net.priceCents * 12 : net.priceCents,
    subsidy:
      chosen.programmeId !== null && chosen.subsidyCents > 0
        ? { programmeId: chosen.programmeId, subsidyCents: chosen.subsidyCents }
        : null,
  };
}

/**
 * The list-price cap for retrieving match candidates when the SME is eligible for programmes
 * whose largest percentage is `maxPercent`: no offering whose net price fits the budget rule
 * (`netMinMonthlyPriceCents ≤ 2 × budget`) has a list `minMonthlyPriceCents` above it. Null
 * (no cap) at 100 %. The exact rule is applied to the net price after retrieval.
 *
 * Why it is safe: a plan's subsidy is at most `round(P × p/100) ≤ P·p/100 + ½`, so its net price
 * is at least `P·(1 − p/100) − ½`; a monthly equivalent rounds by at most ½ fen. Hence a plan with
 * net monthly equivalent ≤ 2B has list monthly equivalent ≤ (2B + 1)/(1 − p/100) + 1.
 */
export function listPriceCapForNetBudget(
  monthlyBudgetCents: number,
  maxPercent: number,
): number | null {
  if (maxPercent >= 100) return null;
  if (maxPercent <= 0) return 2 * monthlyBudgetCents;
  return Math.ceil(((2 * monthlyBudgetCents + 1) * 100) / (100 - maxPercent)) + 1;
}
