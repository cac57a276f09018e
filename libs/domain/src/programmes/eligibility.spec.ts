import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { regionContains } from '../taxonomy/regions.js';
import {
  bestProgrammeForPlan,
  type EligibilityOffering,
  type EligibilitySme,
  INELIGIBILITY_MESSAGES,
  INELIGIBILITY_REASONS,
  isEligible,
  isEligibleForOffering,
  netPricesForPlans,
  offeringIneligibilities,
  programmeIneligibilities,
  type ProgrammeRules,
} from './eligibility.js';

const OPENS = new Date('2026-01-01T00:00:00.000Z');
const CLOSES = new Date('2026-12-31T16:00:00.000Z');
const NOW = new Date('2026-06-01T08:00:00.000Z');

// Zhejiang 330000 ⊃ Hangzhou 330100; Jiangsu 320000 ⊃ Nanjing 320100.
const programme = (over: Partial<ProgrammeRules> = {}): ProgrammeRules => ({
  id: '00000000-0000-4000-8000-000000000001',
  status: 'published',
  region: '330000',
  industries: [],
  scenarios: [],
  levels: [],
  subsidyPercent: 30,
  capCents: 500_000,
  opensAt: OPENS,
  closesAt: CLOSES,
  ...over,
});

const sme = (over: Partial<EligibilitySme> = {}): EligibilitySme => ({
  region: '330100',
  industry: 'C34',
  level: 2,
  ...over,
});

const offering = (over: Partial<EligibilityOffering> = {}): EligibilityOffering => ({
  scenarios: ['production', 'quality'],
  regions: [],
  ...over,
});

const at = (iso: string): Date => new Date(iso);
const ms = (date: Date, delta: number): Date => new Date(date.getTime() + delta);

describe('isEligible', () => {
  it('is eligible when every rule holds (and all lists are empty = no restriction)', () => {
    expect(isEligible(programme(), sme(), NOW)).toEqual({ eligible: true });
  });

  describe('status', () => {
    it('a draft is not eligible', () => {
      expect(isEligible(programme({ status: 'draft' }), sme(), NOW)).toEqual({
        eligible: false,
        reason: 'not_published',
      });
    });

    it('a closed programme is not eligible even inside its window', () => {
      expect(isEligible(programme({ status: 'closed' }), sme(), NOW)).toEqual({
        eligible: false,
        reason: 'closed',
      });
    });
  });

  describe('validity window opensAt ≤ now < closesAt', () => {
    it('exactly opensAt is eligible', () => {
      expect(isEligible(programme(), sme(), OPENS).eligible).toBe(true);
    });

    it('one millisecond before opensAt is not yet open', () => {
      expect(isEligible(programme(), sme(), ms(OPENS, -1))).toEqual({
        eligible: false,
        reason: 'not_yet_open',
      });
    });

    it('one millisecond before closesAt is eligible', () => {
      expect(isEligible(programme(), sme(), ms(CLOSES, -1)).eligible).toBe(true);
    });

    it('exactly closesAt is closed', () => {
      expect(isEligible(programme(), sme(), CLOSES)).toEqual({ eligible: false, reason: 'closed' });
    });

    it('after closesAt is closed', () => {
      expect(isEligible(programme(), sme(), at('2027-03-01T00:00:00Z'))).toEqual({
        eligible: false,
        reason: 'closed',
      });
    });

    it('compares instants, not wall-clock strings in a time zone', () => {
      // 2026-12-31T16:00Z is 2027-01-01 00:00 in Beijing: the same instant either way.
      expect(isEligible(programme(), sme(), at('2027-01-01T00:00:00+08:00')).eligible).toBe(false);
      expect(isEligible(programme(), sme(), at('2026-12-31T23:59:59+08:00')).eligible).toBe(true);
    });

    it('an invalid date is an error, not silently ineligible', () => {
      expect(() => isEligible(programme(), sme(), new Date('nope'))).toThrow(RangeError);
      expect(() => isEligible(programme({ opensAt: new Date(NaN) }), sme(), NOW)).toThrow(
        RangeError,
      );
    });
  });

  describe('region containment (a province includes its cities)', () => {
    it('a city SME is inside its province', () => {
      expect(
        isEligible(programme({ region: '330000' }), sme({ region: '330100' }), NOW).eligible,
      ).toBe(true);
    });

    it('a province SME is inside its own province', () => {
      expect(
        isEligible(programme({ region: '330000' }), sme({ region: '330000' }), NOW).eligible,
      ).toBe(true);
    });

    it('a city SME is inside the same city', () => {
      expect(
        isEligible(programme({ region: '330100' }), sme({ region: '330100' }), NOW).eligible,
      ).toBe(true);
    });

    it('a county-level SME is inside its city and province', () => {
      expect(
        isEligible(programme({ region: '330100' }), sme({ region: '330106' }), NOW).eligible,
      ).toBe(true);
      expect(
        isEligible(programme({ region: '330000' }), sme({ region: '330106' }), NOW).eligible,
      ).toBe(true);
    });

    it('a province SME is NOT inside a city programme', () => {
      expect(isEligible(programme({ region: '330100' }), sme({ region: '330000' }), NOW)).toEqual({
        eligible: false,
        reason: 'region_outside',
      });
    });

    it('another province (or one of its cities) is outside', () => {
      expect(isEligible(programme({ region: '330000' }), sme({ region: '320000' }), NOW)).toEqual({
        eligible: false,
        reason: 'region_outside',
      });
      expect(isEligible(programme({ region: '330000' }), sme({ region: '320100' }), NOW)).toEqual({
        eligible: false,
        reason: 'region_outside',
      });
      expect(isEligible(programme({ region: '330100' }), sme({ region: '320100' }), NOW)).toEqual({
        eligible: false,
        reason: 'region_outside',
      });
    });

    it('another city of the same province is outside a city programme', () => {
      expect(isEligible(programme({ region: '330100' }), sme({ region: '330200' }), NOW)).toEqual({
        eligible: false,
        reason: 'region_outside',
      });
    });
  });

  describe('industries', () => {
    it('[] means any industry', () => {
      expect(
        isEligible(programme({ industries: [] }), sme({ industry: 'I65' }), NOW).eligible,
      ).toBe(true);
    });

    it('a listed industry is eligible', () => {
      expect(
        isEligible(programme({ industries: ['C33', 'C34'] }), sme({ industry: 'C34' }), NOW)
          .eligible,
      ).toBe(true);
    });

    it('an unlisted industry is not', () => {
      expect(isEligible(programme({ industries: ['C33'] }), sme({ industry: 'C34' }), NOW)).toEqual(
        {
          eligible: false,
          reason: 'industry_not_listed',
        },
      );
    });
  });

  describe('levels (taken literally: level 0 is not promoted to 1 for eligibility)', () => {
    it('[] means any level, including 0 and not assessed', () => {
      for (const level of [null, 0, 1, 2, 3, 4]) {
        expect(isEligible(programme({ levels: [] }), sme({ level }), NOW).eligible).toBe(true);
      }
    });

    it('a listed level is eligible, an unlisted one is not', () => {
      expect(isEligible(programme({ levels: [1, 2] }), sme({ level: 2 }), NOW).eligible).toBe(true);
      expect(isEligible(programme({ levels: [1, 2] }), sme({ level: 3 }), NOW)).toEqual({
        eligible: false,
        reason: 'level_not_listed',
      });
    });

    it('level 0 is eligible only when 0 is listed (the "0 counts as 1" rule is for matching)', () => {
      expect(isEligible(programme({ levels: [1, 2] }), sme({ level: 0 }), NOW)).toEqual({
        eligible: false,
        reason: 'level_not_listed',
      });
      expect(isEligible(programme({ levels: [0, 1] }), sme({ level: 0 }), NOW).eligible).toBe(true);
      expect(isEligible(programme({ levels: [0] }), sme({ level: 1 }), NOW)).toEqual({
        eligible: false,
        reason: 'level_not_listed',
      });
    });

    it('an SME without an assessment is not eligible when levels are restricted', () => {
      expect(isEligible(programme({ levels: [1, 2, 3, 4] }), sme({ level: null }), NOW)).toEqual({
        eligible: false,
        reason: 'level_unknown',
      });
    });
  });

  it('reports the first broken rule, and lists them all in the contract order', () => {
    const p = programme({
      status: 'draft',
      region: '320000',
      industries: ['C13'],
      levels: [4],
      opensAt: at('2027-01-01T00:00:00Z'),
      closesAt: at('2027-06-01T00:00:00Z'),
    });
    expect(isEligible(p, sme(), NOW)).toEqual({ eligible: false, reason: 'not_published' });
    expect(programmeIneligibilities(p, sme(), NOW)).toEqual([
      'not_published',
      'not_yet_open',
      'region_outside',
      'industry_not_listed',
      'level_not_listed',
    ]);
  });

  it('every reason code has a Chinese and an English message', () => {
    for (const reason of INELIGIBILITY_REASONS) {
      expect(INELIGIBILITY_MESSAGES[reason].zh.length).toBeGreaterThan(0);
      expect(INELIGIBILITY_MESSAGES[reason].en.length).toBeGreaterThan(0);
    }
  });

  it('property: eligible ⇔ no rule broken, and region rule ⇔ containment', () => {
    const regions = [
      '330000',
      '330100',
      '330106',
      '330200',
      '320000',
      '320100',
      '110000',
      '110100',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.constantFrom(...regions),
        fc.constantFrom<ProgrammeRules['status']>('draft', 'published', 'closed'),
        fc.subarray([0, 1, 2, 3, 4]),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
        fc.integer({ min: OPENS.getTime() - 1000, max: CLOSES.getTime() + 1000 }),
        (pRegion, sRegion, status, levels, level, now) => {
          const p = programme({ region: pRegion, status, levels });
          const s = sme({ region: sRegion, level });
          const when = new Date(now);
          const reasons = programmeIneligibilities(p, s, when);
          const expected =
            status === 'published' &&
            OPENS.getTime() <= now &&
            now < CLOSES.getTime() &&
            regionContains(pRegion, sRegion) &&
            (levels.length === 0 || (level !== null && levels.includes(level)));
          expect(isEligible(p, s, when).eligible).toBe(expected);
          expect(reasons.length === 0).toBe(expected);
          expect(reasons.includes('region_outside')).toBe(!regionContains(pRegion, sRegion));
        },
      ),
    );
  });
});

describe('regionContains', () => {
  it.each([
    ['330000', '330000', true],
    ['330000', '330100', true],
    ['330000', '330106', true],
    ['330100', '330106', true],
    ['330100', '330000', false],
    ['330100', '330200', false],
    ['330000', '320100', false],
    ['110000', '110100', true],
    ['110100', '110000', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(regionContains(outer, inner)).toBe(expected);
  });
});

describe('isEligibleForOffering', () => {
  it('is eligible with any scenario when scenarios is [] and a nationwide offering', () => {
    expect(isEligibleForOffering(programme(), sme(), offering(), NOW)).toEqual({ eligible: true });
  });

  it('needs one of the offering scenarios listed', () => {
    expect(
      isEligibleForOffering(programme({ scenarios: ['quality', 'energy'] }), sme(), offering(), NOW)
        .eligible,
    ).toBe(true);
    expect(
      isEligibleForOffering(
        programme({ scenarios: ['cloud_it', 'management'] }),
        sme(),
        offering({ scenarios: ['production', 'quality'] }),
        NOW,
      ),
    ).toEqual({ eligible: false, reason: 'scenario_not_listed' });
  });

  it('an offering without scenarios only qualifies for scenarios: []', () => {
    expect(
      isEligibleForOffering(programme(), sme(), offering({ scenarios: [] }), NOW).eligible,
    ).toBe(true);
    expect(
      isEligibleForOffering(
        programme({ scenarios: ['quality'] }),
        sme(),
        offering({ scenarios: [] }),
        NOW,
      ),
    ).toEqual({ eligible: false, reason: 'scenario_not_listed' });
  });

  describe('the offering must serve the SME region (the contract "serves" rule)', () => {
    it('a nationwide offering serves everyone', () => {
      expect(
        isEligibleForOffering(programme(), sme(), offering({ regions: [] }), NOW).eligible,
      ).toBe(true);
    });

    it('an offering listing the SME city or its province serves it', () => {
      expect(
        isEligibleForOffering(programme(), sme(), offering({ regions: ['330100'] }), NOW).eligible,
      ).toBe(true);
      expect(
        isEligibleForOffering(programme(), sme(), offering({ regions: ['330000'] }), NOW).eligible,
      ).toBe(true);
    });

    it('a city-only offering does not serve a firm known only by its province', () => {
      expect(
        isEligibleForOffering(
          programme(),
          sme({ region: '330000' }),
          offering({ regions: ['330100'] }),
          NOW,
        ),
      ).toEqual({ eligible: false, reason: 'offering_region_not_served' });
    });

    it('an offering serving another region does not qualify', () => {
      expect(
        isEligibleForOffering(programme(), sme(), offering({ regions: ['320000'] }), NOW),
      ).toEqual({ eligible: false, reason: 'offering_region_not_served' });
    });
  });

  it('the programme rules still apply (and come first)', () => {
    expect(
      isEligibleForOffering(
        programme({ status: 'draft', scenarios: ['energy'] }),
        sme(),
        offering({ regions: ['320000'] }),
        NOW,
      ),
    ).toEqual({ eligible: false, reason: 'not_published' });
    expect(
      offeringIneligibilities(
        programme({ status: 'draft', scenarios: ['energy'] }),
        sme(),
        offering({ regions: ['320000'] }),
        NOW,
      ),
    ).toEqual(['not_published', 'scenario_not_listed', 'offering_region_not_served']);
  });
});

describe('bestProgrammeForPlan', () => {
  const a = programme({ id: 'a', subsidyPercent: 30, capCents: 100_000 });
  const b = programme({ id: 'b', subsidyPercent: 50, capCents: 20_000 });

  it('picks the largest subsidy for the plan price', () => {
    // 10 000: a → 3 000, b → 5 000
    expect(bestProgrammeForPlan([a, b], sme(), offering(), 10_000, NOW)).toEqual({
      programme: b,
      subsidyCents: 5_000,
      netPriceCents: 5_000,
    });
    // 100 000: a → 30 000, b → capped at 20 000
    expect(bestProgrammeForPlan([a, b], sme(), offering(), 100_000, NOW)).toEqual({
      programme: a,
      subsidyCents: 30_000,
      netPriceCents: 70_000,
    });
  });

  it('ignores programmes the SME is not eligible for with this offering', () => {
    const other = programme({ id: 'c', subsidyPercent: 90, region: '320000' });
    const wrongScenario = programme({ id: 'd', subsidyPercent: 90, scenarios: ['energy'] });
    const draft = programme({ id: 'e', subsidyPercent: 90, status: 'draft' });
    expect(
      bestProgrammeForPlan([other, wrongScenario, draft, a], sme(), offering(), 10_000, NOW)
        ?.programme.id,
    ).toBe('a');
    expect(
      bestProgrammeForPlan([other, wrongScenario, draft], sme(), offering(), 10_000, NOW),
    ).toBe(null);
  });

  it('ties → earliest closing, then smallest id, whatever the input order', () => {
    const late = programme({ id: 'a-late', closesAt: at('2026-12-31T00:00:00Z') });
    const early = programme({ id: 'z-early', closesAt: at('2026-09-30T00:00:00Z') });
    const earlyToo = programme({ id: 'y-early', closesAt: at('2026-09-30T00:00:00Z') });
    for (const list of [
      [late, early, earlyToo],
      [earlyToo, late, early],
      [early, earlyToo, late],
    ]) {
      expect(bestProgrammeForPlan(list, sme(), offering(), 10_000, NOW)?.programme.id).toBe(
        'y-early',
      );
    }
    expect(bestProgrammeForPlan([late, early], sme(), offering(), 10_000, NOW)?.programme.id).toBe(
      'z-early',
    );
  });

  it('is null for a free plan or when no programme gives anything', () => {
    expect(bestProgrammeForPlan([a, b], sme(), offering(), 0, NOW)).toBe(null);
    expect(bestProgrammeForPlan([programme({ capCents: 0 })], sme(), offering(), 10_000, NOW)).toBe(
      null,
    );
    expect(bestProgrammeForPlan([], sme(), offering(), 10_000, NOW)).toBe(null);
  });
});

describe('netPricesForPlans', () => {
  it('gives each plan its best programme, or the full price with programmeId null', () => {
    const a = programme({ id: 'a', subsidyPercent: 33, capCents: 100_000 });
    const b = programme({ id: 'b', subsidyPercent: 50, capCents: 2_000 });
    const plans = [
      { name: '基础版', billingPeriod: 'month' as const, priceCents: 9_999 },
      { name: '专业版', billingPeriod: 'year' as const, priceCents: 3_000 },
      { name: '免费版', billingPeriod: 'month' as const, priceCents: 0 },
    ];
    expect(netPricesForPlans(plans, [a, b], sme(), offering(), NOW)).toEqual([
      // a: 9 999 × 33 % = 3 299.67 → 3 300; b: capped at 2 000
      {
        name: '基础版',
        billingPeriod: 'month',
        priceCents: 9_999,
        subsidyCents: 3_300,
        netPriceCents: 6_699,
        programmeId: 'a',
      },
      // a: 990; b: 1 500
      {
        name: '专业版',
        billingPeriod: 'year',
        priceCents: 3_000,
        subsidyCents: 1_500,
        netPriceCents: 1_500,
        programmeId: 'b',
      },
      {
        name: '免费版',
        billingPeriod: 'month',
        priceCents: 0,
        subsidyCents: 0,
        netPriceCents: 0,
        programmeId: null,
      },
    ]);
  });

  it('gives no subsidy once the window has closed', () => {
    const plans = [{ name: 'p', billingPeriod: 'month', priceCents: 10_000 }];
    expect(netPricesForPlans(plans, [programme()], sme(), offering(), CLOSES)).toEqual([
      {
        name: 'p',
        billingPeriod: 'month',
        priceCents: 10_000,
        subsidyCents: 0,
        netPriceCents: 10_000,
        programmeId: null,
      },
    ]);
  });
});
