/**
 * Money: integer minor units of CNY (fen) everywhere — `9900` is ¥99.00. No floats for money.
 */
// BillingPeriod is defined once, with the catalogue value sets (and exported from there).
import { type BillingPeriod } from './taxonomy/catalogue.js';

export interface PricedPlan {
  billingPeriod: BillingPeriod;
  /** Price per billing period in fen, a non-negative integer. */
  priceCents: number;
}

function assertCents(cents: number, what: string): void {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`${what} must be an integer number of fen, got ${cents}`);
  }
}

/**
 * A plan's price per month, in fen: a monthly plan as is; a yearly or one-off plan divided by 12
 * and rounded to the nearest fen, halves up (API v1 `minMonthlyPriceCents`).
 * Throws a RangeError for a negative or non-integer price.
 */
export function monthlyEquivalentCents(plan: PricedPlan): number {
  assertCents(plan.priceCents, 'priceCents');
  if (plan.priceCents < 0) {
    throw new RangeError(`priceCents must not be negative, got ${plan.priceCents}`);
  }
  if (plan.billingPeriod === 'month') return plan.priceCents;
  // Integer arithmetic: round(p / 12) with halves up is floor((p + 6) / 12) for p ≥ 0.
  return Math.floor((plan.priceCents + 6) / 12);
}

/** The cheapest plan's monthly equivalent in fen, or null when there are no plans. */
export function minMonthlyPriceCents(plans: readonly PricedPlan[]): number | null {
  if (plans.length === 0) return null;
  return Math.min(...plans.map(monthlyEquivalentCents));
}

export type MoneyLocale = 'zh-CN' | 'en';

/**
 * Formats fen as yuan with the ¥ sign, two decimals and comma thousands separators:
 * `formatCny(123456789, 'zh-CN')` → `¥1,234,567.89`; negative amounts → `-¥5.00`.
 * Both locales write CNY the same way (this is what `Intl` gives for zh-CN, and for en with the
 * narrow symbol); the locale is part of the signature so call sites stay locale-aware.
 * Exact for every safe integer (no floating-point division).
 */
export function formatCny(cents: number, _locale: MoneyLocale): string {
  assertCents(cents, 'cents');
  const sign = cents < 0 ? '-' : '';
  const digits = Math.abs(cents).toString().padStart(3, '0');
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fen = digits.slice(-2);
  return `${sign}¥${yuan}.${fen}`;
}
