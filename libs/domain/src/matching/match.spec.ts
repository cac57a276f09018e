import { describe, expect, it } from '@jest/globals';
import {
  hardConstraintBroken,
  type MatchCandidate,
  type MatchProfile,
  maxEntryStage,
  PEERS_BONUS,
  scoreMatch as sut,
} from './match.js';

const profile: MatchProfile = {
  industry: 'C34',
  region: '330100',
  level: 2,
  needs: [
    { code: 'production_control', priority: 5 },
    { code: 'quality', priority: 2 },
  ],
  monthlyBudgetCents: 50_000,
  deployment: null,
  weakScenarios: ['quality', 'equipment'],
};

const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: 'o',
  scenarios: ['production_control'],
  industries: [],
  stages: [2, 3],
  regions: [],
  deployment: 'public_cloud',
  minMonthlyPriceCents: 30_000,
  rating: null,
  textRelevance: 0,
  ...over,
});

describe('hard constraints of matching (api-v1.md)', () => {
  it('keeps offerings that serve the region, are not two levels above, and cost ≤ 2× budget', () => {
    expect(hardConstraintBroken(profile, candidate())).toBeNull();
    expect(hardConstraintBroken(profile, candidate({ regions: ['440000'] }))).toBe('region');
    expect(hardConstraintBroken(profile, candidate({ regions: ['330000'] }))).toBeNull();
    expect(hardConstraintBroken(profile, candidate({ stages: [4] }))).toBe('stage');
    expect(hardConstraintBroken(profile, candidate({ stages: [3, 4] }))).toBeNull();
    expect(hardConstraintBroken(profile, candidate({ minMonthlyPriceCents: 100_000 }))).toBeNull();
    expect(hardConstraintBroken(profile, candidate({ minMonthlyPriceCents: 100_001 }))).toBe(
      'budget',
    );
    expect(
      hardConstraintBroken(
        { ...profile, monthlyBudgetCents: null },
        candidate({ minMonthlyPriceCents: 10 ** 7 }),
      ),
    ).toBeNull();
  });

  it('treats level 0 and "not assessed" as level 1', () => {
    expect(hardConstraintBroken({ ...profile, level: 0 }, candidate({ stages: [3] }))).toBe(
      'stage',
    );
    expect(
      hardConstraintBroken({ ...profile, level: null }, candidate({ stages: [2] })),
    ).toBeNull();
    expect(maxEntryStage(0)).toBe(2);
    expect(maxEntryStage(null)).toBe(2);
    expect(maxEntryStage(4)).toBe(4);
  });
});

describe('scoreMatch', () => {
  it('stays within 0..1 and ranks a better fit higher', () => {
    const best = sut(
      profile,
      candidate({
        industries: ['C34'],
        regions: ['330100'],
        scenarios: ['production_control', 'quality'],
        rating: 4.8,
      }),
    );
    const weaker = sut(
      profile,
      candidate({ scenarios: ['finance'], stages: [3, 4], minMonthlyPriceCents: 90_000 }),
    );
    expect(best.score).toBeLessThanOrEqual(1);
    expect(weaker.score).toBeGreaterThanOrEqual(0);
    expect(best.score).toBeGreaterThan(weaker.score);
  });

  it('prefers the more urgent need', () => {
    const urgent = sut(profile, candidate({ scenarios: ['production_control'] }));
    const lesser = sut(profile, candidate({ scenarios: ['quality'] }));
    expect(urgent.score).toBeGreaterThan(lesser.score - 0.2); // quality is also a weak area
    expect(urgent.reasons[0]).toEqual({
      code: 'scenario',
      textZh: '满足您的需求「生产管控」（优先级 5）',
      textEn: 'Meets your need "Production control" (priority 5)',
    });
  });

  it('explains each part that counted, in both languages', () => {
    const { reasons } = sut(
      profile,
      candidate({ industries: ['C34'], regions: ['330000'], scenarios: ['quality'], rating: 4.6 }),
    );
    expect(reasons.map((r) => r.code)).toEqual([
      'scenario',
      'weak_area',
      'stage',
      'industry',
      'budget',
      'region',
      'rating',
    ]);
    for (const r of reasons) {
      expect(r.textZh).not.toBe('');
      expect(r.textEn).not.toBe('');
    }
  });

  it('gives a within-budget reason only when the price is within budget', () => {
    expect(
      sut(profile, candidate({ minMonthlyPriceCents: 50_000 })).reasons.some(
        (r) => r.code === 'budget',
      ),
    ).toBe(true);
    expect(
      sut(profile, candidate({ minMonthlyPriceCents: 50_001 })).reasons.some(
        (r) => r.code === 'budget',
      ),
    ).toBe(false);
  });
});

describe('peers reason (firms like you)', () => {
  it('explains a small bonus once at least 3 firms of the industry adopted the offering', () => {
    const base = sut(profile, candidate());
    const two = sut(profile, candidate({ peersAdopted: 2 }));
    const three = sut(profile, candidate({ peersAdopted: 3 }));
    expect(two).toEqual(base);
    expect(three.score).toBeCloseTo(base.score + PEERS_BONUS, 3);
    expect(three.reasons).toContainEqual({
      code: 'peers',
      textZh: '3 家同行业企业已采用',
      textEn: '3 firms in your industry adopted this',
    });
    expect(base.reasons.map((r) => r.code)).not.toContain('peers');
  });

  it('shows the reason but adds no bonus to an offering that meets no need or weak area', () => {
    const unrelated = candidate({ scenarios: ['marketing'] });
    const base = sut(profile, unrelated);
    const peers = sut(profile, { ...unrelated, peersAdopted: 4 });
    expect(peers.score).toBe(base.score);
    expect(peers.reasons.map((r) => r.code)).toContain('peers');
  });
});
