import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { netPriceCents, percentOfCents, subsidyCents } from './subsidy.js';

/** Reference implementation in BigInt: min(floor((p·s + 50) / 100), cap). */
const reference = (price: number, percent: number, cap: number): number => {
  const rounded = (BigInt(price) * BigInt(percent) + 50n) / 100n;
  return Number(rounded < BigInt(cap) ? rounded : BigInt(cap));
};

const price = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const percent = fc.integer({ min: 0, max: 100 });
const cap = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

describe('subsidyCents', () => {
  it('is price × percent / 100 below the cap', () => {
    expect(subsidyCents(10000, 30, 1_000_000)).toBe(3000);
    expect(subsidyCents(9900, 100, 1_000_000)).toBe(9900);
  });

  it('is capped', () => {
    expect(subsidyCents(100_000, 50, 20_000)).toBe(20_000);
    // exactly at the cap
    expect(subsidyCents(40_000, 50, 20_000)).toBe(20_000);
    expect(subsidyCents(100_000, 50, 0)).toBe(0);
  });

  it('rounds to the nearest fen: 9999 × 33 % = 3299.67 → 3300', () => {
    expect(subsidyCents(9999, 33, 1_000_000)).toBe(3300);
  });

  it('rounds half a fen up, and less than half down', () => {
    expect(subsidyCents(1, 50, 100)).toBe(1); // 0.5 → 1
    expect(subsidyCents(5, 10, 100)).toBe(1); // 0.5 → 1
    expect(subsidyCents(15, 10, 100)).toBe(2); // 1.5 → 2
    expect(subsidyCents(1, 49, 100)).toBe(0); // 0.49 → 0
    expect(subsidyCents(3, 33, 100)).toBe(1); // 0.99 → 1
    expect(subsidyCents(101, 33, 1000)).toBe(33); // 33.33 → 33
  });

  it('is exact for the largest safe prices (no float error)', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9007199254740991
    // 9007199254740991 × 33 / 100 = 2972375754064527.03 → …527
    expect(subsidyCents(max, 33, max)).toBe(2_972_375_754_064_527);
    expect(subsidyCents(max, 50, max)).toBe(4_503_599_627_370_496); // …495.5 → …496
    expect(subsidyCents(max, 100, max)).toBe(max);
    // A naive Math.round(p * s / 100) is off by one fen here (it gives …478); ours is not.
    // 9007199254740991 × 28 / 100 = 2522015791327477.48 → …477
    expect(Math.round((max * 28) / 100)).toBe(2_522_015_791_327_478);
    expect(percentOfCents(max, 28)).toBe(2_522_015_791_327_477);
    expect(percentOfCents(max, 28)).toBe(reference(max, 28, max));
  });

  it('rejects non-integer, negative or unsafe amounts and percentages outside 0–100', () => {
    expect(() => subsidyCents(-1, 10, 100)).toThrow(RangeError);
    expect(() => subsidyCents(10.5, 10, 100)).toThrow(RangeError);
    expect(() => subsidyCents(Number.MAX_SAFE_INTEGER + 1, 10, 100)).toThrow(RangeError);
    expect(() => subsidyCents(100, 10, -1)).toThrow(RangeError);
    expect(() => subsidyCents(100, 10, 1.5)).toThrow(RangeError);
    expect(() => subsidyCents(100, 101, 100)).toThrow(RangeError);
    expect(() => subsidyCents(100, -1, 100)).toThrow(RangeError);
    expect(() => subsidyCents(100, 12.5, 100)).toThrow(RangeError);
  });

  describe('properties', () => {
    it('equals the BigInt reference for every safe integer', () => {
      fc.assert(
        fc.property(price, percent, cap, (p, s, c) => {
          expect(subsidyCents(p, s, c)).toBe(reference(p, s, c));
        }),
        { numRuns: 2000 },
      );
    });

    it('never exceeds the price nor the cap, and is never negative', () => {
      fc.assert(
        fc.property(price, percent, cap, (p, s, c) => {
          const subsidy = subsidyCents(p, s, c);
          expect(subsidy).toBeLessThanOrEqual(p);
          expect(subsidy).toBeLessThanOrEqual(c);
          expect(subsidy).toBeGreaterThanOrEqual(0);
          expect(Number.isSafeInteger(subsidy)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });

    it('is monotonic in the percentage, the price and the cap', () => {
      fc.assert(
        fc.property(price, percent, percent, cap, (p, s1, s2, c) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          expect(subsidyCents(p, lo, c)).toBeLessThanOrEqual(subsidyCents(p, hi, c));
        }),
        { numRuns: 2000 },
      );
      fc.assert(
        fc.property(price, price, percent, cap, (p1, p2, s, c) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          expect(subsidyCents(lo, s, c)).toBeLessThanOrEqual(subsidyCents(hi, s, c));
        }),
      );
      fc.assert(
        fc.property(price, percent, cap, cap, (p, s, c1, c2) => {
          const [lo, hi] = c1 <= c2 ? [c1, c2] : [c2, c1];
          expect(subsidyCents(p, s, lo)).toBeLessThanOrEqual(subsidyCents(p, s, hi));
        }),
      );
    });

    it('is within half a fen of the exact value when under the cap', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000 }), percent, (p, s) => {
          const subsidy = percentOfCents(p, s);
          // |subsidy − p·s/100| ≤ 1/2  ⇔  |100·subsidy − p·s| ≤ 50 (all exact integers here)
          expect(Math.abs(100 * subsidy - p * s)).toBeLessThanOrEqual(50);
        }),
      );
    });
  });
});

describe('netPriceCents', () => {
  it('is the price less the subsidy', () => {
    expect(netPriceCents(9999, 3300)).toBe(6699);
    expect(netPriceCents(9900, 9900)).toBe(0);
    expect(netPriceCents(9900, 0)).toBe(9900);
  });

  it('rejects a subsidy above the price or a bad amount', () => {
    expect(() => netPriceCents(100, 101)).toThrow(RangeError);
    expect(() => netPriceCents(100, -1)).toThrow(RangeError);
    expect(() => netPriceCents(1.5, 0)).toThrow(RangeError);
  });

  it('is never negative and adds back up to the price', () => {
    fc.assert(
      fc.property(price, percent, cap, (p, s, c) => {
        const subsidy = subsidyCents(p, s, c);
        const net = netPriceCents(p, subsidy);
        expect(net).toBeGreaterThanOrEqual(0);
        expect(net + subsidy).toBe(p);
      }),
    );
  });
});
