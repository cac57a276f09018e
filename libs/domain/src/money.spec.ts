import { describe, expect, it } from '@jest/globals';
import { formatCny, minMonthlyPriceCents, monthlyEquivalentCents } from './money.js';

describe('money', () => {
  describe('monthlyEquivalentCents', () => {
    const sut = monthlyEquivalentCents;

    it('takes a monthly price as is', () => {
      expect(sut({ billingPeriod: 'month', priceCents: 9900 })).toBe(9900);
      expect(sut({ billingPeriod: 'month', priceCents: 7 })).toBe(7);
    });

    it('divides yearly and one-off prices by 12', () => {
      expect(sut({ billingPeriod: 'year', priceCents: 118_800 })).toBe(9900);
      expect(sut({ billingPeriod: 'once', priceCents: 1_200_000 })).toBe(100_000);
    });

    it('rounds to the nearest fen, halves up', () => {
      expect(sut({ billingPeriod: 'year', priceCents: 5 })).toBe(0); // 0.4167
      expect(sut({ billingPeriod: 'year', priceCents: 6 })).toBe(1); // 0.5 → up
      expect(sut({ billingPeriod: 'year', priceCents: 17 })).toBe(1); // 1.4167
      expect(sut({ billingPeriod: 'year', priceCents: 18 })).toBe(2); // 1.5 → up
      expect(sut({ billingPeriod: 'once', priceCents: 99_900 })).toBe(8325); // exact
      expect(sut({ billingPeriod: 'year', priceCents: 99_999 })).toBe(8333); // 8333.25
      expect(sut({ billingPeriod: 'year', priceCents: 100_001 })).toBe(8333); // 8333.4167
      expect(sut({ billingPeriod: 'year', priceCents: 100_002 })).toBe(8334); // 8333.5 → up
      expect(sut({ billingPeriod: 'year', priceCents: 0 })).toBe(0);
    });

    it('returns whole fen for large prices', () => {
      const result = sut({ billingPeriod: 'once', priceCents: 9_007_199_254_740_000 });
      expect(Number.isInteger(result)).toBe(true);
    });

    it('rejects negative and fractional prices', () => {
      expect(() => sut({ billingPeriod: 'month', priceCents: -1 })).toThrow(RangeError);
      expect(() => sut({ billingPeriod: 'year', priceCents: 99.5 })).toThrow(RangeError);
    });
  });

  describe('minMonthlyPriceCents', () => {
    const sut = minMonthlyPriceCents;

    it('is null without plans', () => {
      expect(sut([])).toBeNull();
    });

    it('is the cheapest plan as a monthly equivalent', () => {
      expect(
        sut([
          { billingPeriod: 'month', priceCents: 9900 }, // 9900 a month
          { billingPeriod: 'year', priceCents: 99_900 }, // 8325 a month
          { billingPeriod: 'once', priceCents: 300_000 }, // 25000 a month
        ]),
      ).toBe(8325);
      expect(
        sut([
          { billingPeriod: 'month', priceCents: 4900 },
          { billingPeriod: 'year', priceCents: 99_900 },
        ]),
      ).toBe(4900);
    });

    it('counts a free plan as 0', () => {
      expect(
        sut([
          { billingPeriod: 'month', priceCents: 9900 },
          { billingPeriod: 'month', priceCents: 0 },
        ]),
      ).toBe(0);
    });
  });

  describe('formatCny', () => {
    const sut = formatCny;

    it.each([
      [9900, '¥99.00'],
      [0, '¥0.00'],
      [1, '¥0.01'],
      [10, '¥0.10'],
      [99, '¥0.99'],
      [100, '¥1.00'],
      [99_999, '¥999.99'],
      [100_000, '¥1,000.00'],
      [123_456_789, '¥1,234,567.89'],
      [100_000_000_000, '¥1,000,000,000.00'],
      [-500, '-¥5.00'],
      [-123_456, '-¥1,234.56'],
    ])('%p fen → %s', (cents, expected) => {
      expect(sut(cents, 'zh-CN')).toBe(expected);
      expect(sut(cents, 'en')).toBe(expected);
    });

    it('agrees with Intl for both locales', () => {
      for (const cents of [9900, 123_456_789, 5]) {
        expect(sut(cents, 'zh-CN')).toBe(
          new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(
            cents / 100,
          ),
        );
        expect(sut(cents, 'en')).toBe(
          new Intl.NumberFormat('en', {
            style: 'currency',
            currency: 'CNY',
            currencyDisplay: 'narrowSymbol',
          }).format(cents / 100),
        );
      }
    });

    it('rejects fractional fen', () => {
      expect(() => sut(1.5, 'en')).toThrow(RangeError);
      expect(() => sut(Number.NaN, 'en')).toThrow(RangeError);
    });
  });
});
