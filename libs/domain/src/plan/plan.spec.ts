import { describe, expect, it } from '@jest/globals';
import { canMovePlanItem, PLAN_STATUSES, planItemCost as sut } from './plan.js';

describe('plan items', () => {
  it('moves planned → trial → adopted → reviewed, drops from anywhere and revives dropped ones', () => {
    expect(canMovePlanItem('planned', 'trial')).toBe(true);
    expect(canMovePlanItem('trial', 'adopted')).toBe(true);
    expect(canMovePlanItem('adopted', 'reviewed')).toBe(true);
    for (const s of PLAN_STATUSES)
      if (s !== 'dropped') expect(canMovePlanItem(s, 'dropped')).toBe(true);
    expect(canMovePlanItem('dropped', 'planned')).toBe(true);
    expect(canMovePlanItem('reviewed', 'planned')).toBe(false);
    expect(canMovePlanItem('planned', 'reviewed')).toBe(false);
    expect(canMovePlanItem('dropped', 'adopted')).toBe(false);
  });

  it('costs the chosen plan, else the cheapest, monthly and yearly', () => {
    const plans = [
      { billingPeriod: 'month' as const, priceCents: 49_900 },
      { billingPeriod: 'year' as const, priceCents: 499_900 },
      { billingPeriod: 'once' as const, priceCents: 1_200_000 },
    ];
    expect(sut(plans, null)).toEqual({ monthlyCents: 41_658, yearlyCents: 499_900 });
    expect(sut(plans, 0)).toEqual({ monthlyCents: 49_900, yearlyCents: 598_800 });
    expect(sut(plans, 2)).toEqual({ monthlyCents: 100_000, yearlyCents: 1_200_000 });
    expect(sut(plans, 9)).toEqual({ monthlyCents: 41_658, yearlyCents: 499_900 });
    expect(sut([], null)).toEqual({ monthlyCents: 0, yearlyCents: 0 });
  });
});
