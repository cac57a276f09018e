import { describe, expect, it } from '@jest/globals';
import {
  INDUSTRIAL_SIZE_THRESHOLDS,
  SIZE_CLASSES,
  type SizeClassThreshold,
  deriveSizeClass,
} from './size-class.js';

/** 1 万元 (ten thousand yuan) in fen. */
const WAN = 1_000_000;

describe('size class', () => {
  it('labels the four classes in both languages, smallest first', () => {
    expect(SIZE_CLASSES.map((c) => [c.code, c.nameZh])).toEqual([
      ['micro', '微型企业'],
      ['small', '小型企业'],
      ['medium', '中型企业'],
      ['large', '大型企业'],
    ]);
    for (const sizeClass of SIZE_CLASSES) expect(sizeClass.nameEn).toMatch(/enterprise$/i);
  });

  it('keeps the MIIT 2011 industrial thresholds as data, in fen', () => {
    expect(INDUSTRIAL_SIZE_THRESHOLDS).toEqual([
      { sizeClass: 'large', minEmployees: 1000, minAnnualRevenueCents: 40_000 * WAN },
      { sizeClass: 'medium', minEmployees: 300, minAnnualRevenueCents: 2_000 * WAN },
      { sizeClass: 'small', minEmployees: 20, minAnnualRevenueCents: 300 * WAN },
      { sizeClass: 'micro', minEmployees: 0, minAnnualRevenueCents: 0 },
    ]);
    expect(40_000 * WAN).toBe(40_000_000_000); // ¥400 million
  });

  describe('deriveSizeClass with revenue', () => {
    const sut = deriveSizeClass;

    it.each([
      // micro / small boundary: 20 employees and ¥3 million
      [19, 300 * WAN, 'micro'],
      [20, 300 * WAN, 'small'],
      [20, 300 * WAN - 1, 'micro'],
      [0, 0, 'micro'],
      // small / medium boundary: 300 employees and ¥20 million
      [299, 2_000 * WAN, 'small'],
      [300, 2_000 * WAN, 'medium'],
      [300, 2_000 * WAN - 1, 'small'],
      // medium / large boundary: 1000 employees and ¥400 million
      [999, 40_000 * WAN, 'medium'],
      [1000, 40_000 * WAN, 'large'],
      [1000, 40_000 * WAN - 1, 'medium'],
      // either measure below a bound is enough to stay below it
      [5000, 100 * WAN, 'micro'],
      [10, 100_000 * WAN, 'micro'],
      [500, 1_000 * WAN, 'small'],
      [1500, 10_000 * WAN, 'medium'],
      [5000, 100_000 * WAN, 'large'],
    ] as const)('%p employees, %p fen → %s', (employees, annualRevenueCents, expected) => {
      expect(sut({ employees, annualRevenueCents })).toBe(expected);
    });
  });

  describe('deriveSizeClass without revenue (employees alone)', () => {
    const sut = deriveSizeClass;

    it.each([
      [0, 'micro'],
      [19, 'micro'],
      [20, 'small'],
      [299, 'small'],
      [300, 'medium'],
      [999, 'medium'],
      [1000, 'large'],
    ] as const)('%p employees → %s', (employees, expected) => {
      expect(sut({ employees })).toBe(expected);
      expect(sut({ employees, annualRevenueCents: null })).toBe(expected);
    });
  });

  it('rejects negative and non-integer inputs', () => {
    expect(() => deriveSizeClass({ employees: -1 })).toThrow(RangeError);
    expect(() => deriveSizeClass({ employees: 2.5 })).toThrow(RangeError);
    expect(() => deriveSizeClass({ employees: Number.NaN })).toThrow(RangeError);
    expect(() => deriveSizeClass({ employees: 10, annualRevenueCents: -100 })).toThrow(RangeError);
    expect(() => deriveSizeClass({ employees: 10, annualRevenueCents: 0.5 })).toThrow(RangeError);
  });

  it('uses the thresholds it is given', () => {
    const retail: SizeClassThreshold[] = [
      { sizeClass: 'medium', minEmployees: 50, minAnnualRevenueCents: 500 * WAN },
      { sizeClass: 'small', minEmployees: 10, minAnnualRevenueCents: 100 * WAN },
    ];
    expect(deriveSizeClass({ employees: 50, annualRevenueCents: 500 * WAN }, retail)).toBe(
      'medium',
    );
    expect(deriveSizeClass({ employees: 10, annualRevenueCents: 100 * WAN }, retail)).toBe('small');
    expect(deriveSizeClass({ employees: 9 }, retail)).toBe('micro');
  });
});
