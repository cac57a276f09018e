import { describe, expect, it } from '@jest/globals';
import { compareNetPrice, priceDisplay, subsidyTagText } from './net-price';

const subsidy = {
  programmeId: 'p1',
  programmeName: '数字化转型专项',
  subsidyPercent: 30,
  subsidyCents: 3_000,
};

describe('priceDisplay', () => {
  it('shows the list price to anonymous visitors and other roles', () => {
    expect(priceDisplay({ minMonthlyPriceCents: 10_000 })).toEqual({
      cents: 10_000,
      listCents: null,
      subsidy: null,
    });
  });

  it('shows an SME its net price with the list price struck through and the subsidy', () => {
    expect(
      priceDisplay({ minMonthlyPriceCents: 10_000, netMinMonthlyPriceCents: 7_000, subsidy }),
    ).toEqual({ cents: 7_000, listCents: 10_000, subsidy });
  });

  it('shows no struck-through price when no programme lowers it', () => {
    expect(
      priceDisplay({
        minMonthlyPriceCents: 10_000,
        netMinMonthlyPriceCents: 10_000,
        subsidy: null,
      }),
    ).toEqual({ cents: 10_000, listCents: null, subsidy: null });
  });
});

describe('compareNetPrice', () => {
  it('is the list price without net prices', () => {
    expect(compareNetPrice(8_250, undefined)).toEqual({
      cents: 8_250,
      listCents: null,
      subsidyMonthlyCents: null,
    });
  });

  it('takes the cheapest plan after subsidy', () => {
    const net = {
      plans: [
        {
          name: '月付',
          billingPeriod: 'month' as const,
          priceCents: 10_000,
          subsidyCents: 5_000,
          netPriceCents: 5_000,
          programmeId: 'p1',
        },
        {
          name: '年付',
          billingPeriod: 'year' as const,
          priceCents: 108_000,
          subsidyCents: 30_000,
          netPriceCents: 78_000,
          programmeId: 'p1',
        },
      ],
    };
    expect(compareNetPrice(9_000, net)).toEqual({
      cents: 5_000,
      listCents: 9_000,
      subsidyMonthlyCents: 5_000,
    });
  });
});

describe('subsidyTagText', () => {
  it('names the programme and its percentage in the UI language', () => {
    expect(subsidyTagText(subsidy, 'zh-CN')).toBe('「数字化转型专项」补贴 30%');
    expect(subsidyTagText(subsidy, 'en')).toBe('30% subsidy: 数字化转型专项');
  });
});
