import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { monthlyEquivalentCents } from '../money.js';
import type { BillingPeriod } from '../taxonomy/catalogue.js';
import type { PlanNetPrice } from './eligibility.js';
import { listPriceCapForNetBudget, netHeadline, planItemNetCost } from './net-headline.js';
import { netPriceCents, subsidyCents } from './subsidy.js';

const plan = (
  billingPeriod: BillingPeriod,
  priceCents: number,
  subsidy = 0,
  programmeId: string | null = subsidy > 0 ? 'p1' : null,
): PlanNetPrice<BillingPeriod> => ({
  name: `${billingPeriod}-${priceCents}`,
  billingPeriod,
  priceCents,
  subsidyCents: subsidy,
  netPriceCents: priceCents - subsidy,
  programmeId,
});

describe('netHeadline', () => {
  it('is null without plans', () => {
    expect(netHeadline([])).toBeNull();
  });

  it('is the list price and no subsidy when no programme applies', () => {
    expect(netHeadline([plan('month', 9900), plan('year', 99_000)])).toEqual({
      netMinMonthlyPriceCents: 8250,
      planIndex: 1,
      subsidy: null,
    });
  });

  it('takes the cheapest plan after subsidy, which may not be the cheapest list plan', () => {
    // month ¥100 at 50 % → ¥50/month; year ¥1 080 (¥90/month) capped at ¥300 → ¥65/month.
    const h = netHeadline([plan('month', 10_000, 5_000), plan('year', 108_000, 30_000)]);
    expect(h).toEqual({
      netMinMonthlyPriceCents: 5_000,
      planIndex: 0,
      subsidy: { programmeId: 'p1', subsidyCents: 5_000 },
    });
  });

  it('gives the subsidy per month for a yearly plan so that list − subsidy = net', () => {
    // ¥1 000/year (8 333 fen/month), 30 % → ¥700/year (5 833 fen/month).
    const h = netHeadline([plan('year', 100_000, 30_000)]);
    expect(h?.netMinMonthlyPriceCents).toBe(5_833);
    expect(h?.subsidy?.subsidyCents).toBe(8_333 - 5_833);
  });

  it('prefers a subsidised plan on a tie, else the first in plan order', () => {
    expect(netHeadline([plan('month', 0), plan('month', 5_000, 5_000)])?.planIndex).toBe(1);
    expect(netHeadline([plan('month', 3_000), plan('month', 3_000)])?.planIndex).toBe(0);
  });

  it('names no programme for an unsubsidised headline plan even when another plan is subsidised', () => {
    const h = netHeadline([plan('month', 0), plan('year', 120_000, 12_000)]);
    expect(h).toEqual({ netMinMonthlyPriceCents: 0, planIndex: 0, subsidy: null });
  });

  it('never exceeds the list headline and the subsidy reconciles (property)', () => {
    const arbPlan = fc
      .record({
        billingPeriod: fc.constantFrom<BillingPeriod>('month', 'year', 'once'),
        priceCents: fc.integer({ min: 0, max: 10_000_000 }),
        percent: fc.integer({ min: 0, max: 100 }),
        cap: fc.integer({ min: 0, max: 10_000_000 }),
      })
      .map(({ billingPeriod, priceCents, percent, cap }) =>
        plan(billingPeriod, priceCents, subsidyCents(priceCents, percent, cap)),
      );
    fc.assert(
      fc.property(fc.array(arbPlan, { minLength: 1, maxLength: 5 }), (plans) => {
        const h = netHeadline(plans);
        if (h === null) return false;
        const listMin = Math.min(...plans.map((p) => monthlyEquivalentCents(p)));
        const chosen = plans[h.planIndex];
        if (chosen === undefined) return false;
        const chosenList = monthlyEquivalentCents(chosen);
        return (
          h.netMinMonthlyPriceCents <= listMin &&
          (h.subsidy === null || chosenList - h.subsidy.subsidyCents === h.netMinMonthlyPriceCents)
        );
      }),
    );
  });
});

describe('planItemNetCost', () => {
  it('prices the chosen plan after subsidy, per month and per year', () => {
    const plans = [plan('month', 10_000, 2_000), plan('year', 100_000, 30_000)];
    expect(planItemNetCost(plans, 0)).toEqual({
      netMonthlyCents: 8_000,
      netYearlyCents: 96_000,
      subsidy: { programmeId: 'p1', subsidyCents: 2_000 },
    });
    expect(planItemNetCost(plans, 1)).toEqual({
      netMonthlyCents: 5_833,
      netYearlyCents: 70_000,
      subsidy: { programmeId: 'p1', subsidyCents: 30_000 },
    });
  });

  it('without a chosen plan prices the cheapest list plan (the one planItemCost prices)', () => {
    // The yearly plan is cheaper by list price; the monthly one would be cheaper after subsidy.
    const plans = [plan('month', 10_000, 9_000), plan('year', 100_000)];
    expect(planItemNetCost(plans, null)).toEqual({
      netMonthlyCents: 8_333,
      netYearlyCents: 100_000,
      subsidy: null,
    });
  });

  it('is zero without plans', () => {
    expect(planItemNetCost([], null)).toEqual({
      netMonthlyCents: 0,
      netYearlyCents: 0,
      subsidy: null,
    });
  });
});

describe('listPriceCapForNetBudget', () => {
  it('is the plain budget rule without a subsidy and no cap at 100 %', () => {
    expect(listPriceCapForNetBudget(10_000, 0)).toBe(20_000);
    expect(listPriceCapForNetBudget(10_000, 100)).toBeNull();
  });

  it('never excludes an offering whose net price fits the budget rule (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom<BillingPeriod>('month', 'year', 'once'),
        fc.integer({ min: 0, max: 100_000_000 }),
        (budget, percent, billingPeriod, priceCents) => {
          const subsidy = subsidyCents(priceCents, percent, Number.MAX_SAFE_INTEGER);
          const net = monthlyEquivalentCents({
            billingPeriod,
            priceCents: netPriceCents(priceCents, subsidy),
          });
          if (net > 2 * budget) return true;
          const cap = listPriceCapForNetBudget(budget, percent);
          return cap === null || monthlyEquivalentCents({ billingPeriod, priceCents }) <= cap;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
