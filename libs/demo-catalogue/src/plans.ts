import type { PriceModel, SeedPlan } from './types.js';
import type { Rng } from './prng.js';

/** Tier names, cheapest first. */
const TIERS = [
  ['基础版', 'Basic'],
  ['标准版', 'Standard'],
  ['专业版', 'Professional'],
  ['旗舰版', 'Enterprise'],
] as const;

/** Price ladders in fen per billing period (month for SaaS, once for services and hardware). */
const LADDERS: Readonly<Record<PriceModel, readonly number[]>> = {
  tool: [9900, 19900, 29900, 39900, 59900, 99900],
  suite: [29900, 49900, 69900, 99900, 149900, 199900, 299900],
  platform: [99900, 149900, 199900, 299900, 399900, 499900],
  infra: [4900, 9900, 19900, 39900, 69900, 129900, 199900],
  service: [680000, 980000, 1280000, 1980000, 2980000, 3980000, 4980000],
  coaching: [1200000, 1980000, 2980000, 3980000, 4800000],
  hardware: [
    39900, 69900, 128000, 198000, 368000, 580000, 980000, 1680000, 2980000, 4680000, 5980000,
  ],
};

const PLAN_COUNT: Readonly<Record<PriceModel, readonly [number, number]>> = {
  tool: [2, 3],
  suite: [2, 3],
  platform: [1, 3],
  infra: [2, 4],
  service: [1, 3],
  coaching: [1, 2],
  hardware: [1, 3],
};

const SAAS_TRIALS = [7, 14, 14, 30, 0] as const;

/** Increasing ladder indices: `n` of them from `start`, one or two steps apart, within the ladder. */
function ladderIndices(rng: Rng, length: number, n: number, start: number): number[] {
  const first = Math.min(start, length - n);
  const indices = [first];
  for (let i = 1; i < n; i += 1) {
    const last = indices[i - 1];
    const room = length - 1 - last - (n - 1 - i);
    indices.push(last + Math.min(room, rng.int(1, 2)));
  }
  return indices;
}

function tier(index: number, suffix: readonly [string, string] | null = null): [string, string] {
  const [zh, en] = TIERS[Math.min(index, TIERS.length - 1)];
  return suffix === null ? [zh, en] : [`${zh}${suffix[0]}`, `${en} ${suffix[1]}`];
}

/**
 * Subscription plans for one offering: 1–4 plans, prices from the model's ladder, names from
 * 基础版/标准版/专业版/旗舰版. SaaS plans are monthly (often with a yearly plan at 10× a month,
 * sometimes yearly only), services and hardware are one-off, coaching is yearly.
 */
export function buildPlans(model: PriceModel, rng: Rng, priceStart?: number): SeedPlan[] {
  const ladder = LADDERS[model];
  const [minCount, maxCount] = PLAN_COUNT[model];
  const saas = model === 'tool' || model === 'suite' || model === 'platform' || model === 'infra';
  const free = (model === 'tool' || model === 'infra') && rng.chance(0.35);
  let count = rng.int(minCount, maxCount);
  if (free) count = Math.min(count, 3);
  const start = priceStart ?? rng.int(0, 1);
  const prices = ladderIndices(rng, ladder.length, count, start).map((i) => ladder[i]);
  const firstTier = free ? 1 : count >= 3 ? 0 : rng.int(0, 1);
  const plans: SeedPlan[] = [];

  if (free) {
    plans.push({
      name: '免费版',
      nameEn: 'Free',
      billingPeriod: 'month',
      priceCents: 0,
      trialDays: 0,
    });
  }

  if (saas) {
    const trialDays = rng.pick(SAAS_TRIALS);
    const style = rng.next();
    const yearlyOnly = style < 0.25;
    prices.forEach((price, i) => {
      const [name, nameEn] = tier(firstTier + i);
      plans.push(
        yearlyOnly
          ? { name, nameEn, billingPeriod: 'year', priceCents: price * 10, trialDays }
          : { name, nameEn, billingPeriod: 'month', priceCents: price, trialDays },
      );
    });
    if (!yearlyOnly && style < 0.85 && plans.length < 4) {
      // A yearly plan for the most popular tier: ten months' price for twelve.
      const i = Math.min(1, prices.length - 1);
      const [name, nameEn] = tier(firstTier + i, ['（年付）', '(yearly)']);
      plans.push({ name, nameEn, billingPeriod: 'year', priceCents: prices[i] * 10, trialDays });
    }
    return plans;
  }

  const period = model === 'coaching' ? 'year' : 'once';
  prices.forEach((price, i) => {
    const [name, nameEn] = tier(firstTier + i);
    plans.push({ name, nameEn, billingPeriod: period, priceCents: price, trialDays: 0 });
  });
  if (model === 'hardware' && plans.length < 4 && rng.chance(0.5)) {
    plans.push({
      name: '云平台服务（按月）',
      nameEn: 'Cloud platform service (monthly)',
      billingPeriod: 'month',
      priceCents: rng.pick([4900, 9900, 19900]),
      trialDays: 0,
    });
  }
  return plans;
}
