/**
 * Subsidy arithmetic of api-v1.md "Eligibility", in integer fen (no floats for money):
 *
 *   subsidyCents = min(round(priceCents × subsidyPercent / 100), capCents)
 *
 * `round` is to the nearest fen, halves up. Exact for every safe-integer price: the product
 * `priceCents × subsidyPercent` may exceed 2^53, so it is never formed; the price is split as
 * `priceCents = 100·q + r` (both exact: `%` is exact on integers and `q` is an integer division
 * with no remainder), and `round(p·s/100) = q·s + floor((r·s + 50) / 100)` where `q·s ≤ p`.
 */

function assertNonNegativeCents(cents: number, what: string): void {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new RangeError(`${what} must be a non-negative integer number of fen, got ${cents}`);
  }
}

/** A valid subsidy percentage: an integer 0–100 (the contract's programmes use 1–100). */
export function isSubsidyPercent(percent: number): boolean {
  return Number.isInteger(percent) && percent >= 0 && percent <= 100;
}

/** `round(priceCents × subsidyPercent / 100)` in integer fen, halves up, exact. */
export function percentOfCents(priceCents: number, subsidyPercent: number): number {
  assertNonNegativeCents(priceCents, 'priceCents');
  if (!isSubsidyPercent(subsidyPercent)) {
    throw new RangeError(`subsidyPercent must be an integer 0–100, got ${subsidyPercent}`);
  }
  const r = priceCents % 100;
  const q = (priceCents - r) / 100;
  return q * subsidyPercent + Math.floor((r * subsidyPercent + 50) / 100);
}

/**
 * The subsidy on one price, in fen: `min(round(priceCents × subsidyPercent / 100), capCents)`.
 * Never more than the price nor the cap. Throws a RangeError for a negative or non-integer price
 * or cap, or a percentage outside 0–100 or not an integer.
 */
export function subsidyCents(priceCents: number, subsidyPercent: number, capCents: number): number {
  assertNonNegativeCents(capCents, 'capCents');
  return Math.min(percentOfCents(priceCents, subsidyPercent), capCents);
}

/** What the SME pays: the price less the subsidy (which must lie in 0..price). */
export function netPriceCents(priceCents: number, subsidy: number): number {
  assertNonNegativeCents(priceCents, 'priceCents');
  assertNonNegativeCents(subsidy, 'subsidyCents');
  if (subsidy > priceCents) {
    throw new RangeError(`subsidyCents (${subsidy}) must not exceed priceCents (${priceCents})`);
  }
  return priceCents - subsidy;
}
