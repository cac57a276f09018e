import { describe, expect, it } from '@jest/globals';
import {
  diversify,
  hardConstraintBroken,
  MATCH_FACTORS,
  MATCH_WEIGHTS,
  type MatchCandidate,
  type MatchProfile,
  MAX_PER_PROVIDER_TOP,
  maxEntryStage,
  notesRelevance,
  textTerms,
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

describe('scoring for assessed SMEs (docs/relevance.md, ADR 0006 addendum)', () => {
  const w = MATCH_WEIGHTS;
  const f = MATCH_FACTORS;
  const at = (level: number, weak: MatchProfile['weakScenarios'] = []): MatchProfile => ({
    ...profile,
    level,
    needs: [{ code: 'production_control', priority: 5 }],
    weakScenarios: weak,
  });
  const diff = (a: { score: number }, b: { score: number }): number => a.score - b.score;

  it('level fit: an offering made only for lower levels loses stage credit, all of it two levels down', () => {
    const p = at(4);
    const fits = sut(p, candidate({ stages: [3, 4] }));
    expect(diff(fits, sut(p, candidate({ stages: [2, 3] })))).toBeCloseTo(
      w.stage * (1 - f.below),
      3,
    );
    // Two levels down is too basic: no stage credit, and the need met in name only.
    expect(diff(fits, sut(p, candidate({ stages: [1, 2] })))).toBeCloseTo(
      w.stage + w.scenario * (1 - f.behindTwo),
      3,
    );
    expect(f.below).toBeLessThan(0.4);
  });

  it('level fit: a lower-level offering is still a fair next step in a scenario the assessment found weak', () => {
    const weak = at(3, ['production_control']);
    const notWeak = at(3);
    const low = candidate({ stages: [1, 2] });
    const made = candidate({ stages: [3] });
    expect(diff(sut(weak, made), sut(weak, low))).toBeCloseTo(w.stage * (1 - f.belowWeak), 3);
    expect(diff(sut(notWeak, made), sut(notWeak, low))).toBeCloseTo(w.stage * (1 - f.below), 3);
    expect(f.belowWeak).toBeGreaterThan(f.below);
  });

  it('level fit with ratings: a lower-level offering that reaches the next step in its scenario fits, and says so', () => {
    // Level 3, but production control rated 1: its next step there is level 2.
    const p: MatchProfile = { ...at(3), scenarioRatings: { production_control: 1 } };
    const made = sut(p, candidate({ stages: [3] }));
    const low = sut(p, candidate({ stages: [1, 2] }));
    expect(diff(made, low)).toBeCloseTo(w.stage * (1 - f.belowNext), 3);
    expect(low.reasons.find((r) => r.code === 'stage')).toMatchObject({
      textZh: expect.stringContaining('评估 1 级'),
      textEn: expect.stringContaining('Production control (1 of 4)'),
    });
    expect(f.belowNext).toBeGreaterThan(f.belowWeak);
  });

  it('level fit with ratings: one level short of the next step is a little behind, two or more too basic', () => {
    // Level 3 and production control rated 3: the next step there is level 3.
    const p: MatchProfile = {
      ...at(3, ['production_control']),
      scenarioRatings: { production_control: 3 },
    };
    const made = sut(p, candidate({ stages: [3] }));
    const oneShort = sut(p, candidate({ stages: [1, 2] }));
    const twoShort = sut(p, candidate({ stages: [1] }));
    // Weak or not, the rating decides: no fair-next-step credit for a scenario rated at the level.
    expect(diff(made, oneShort)).toBeCloseTo(w.stage * (1 - f.below), 3);
    expect(oneShort.reasons.map((r) => r.code)).not.toContain('stage');
    const needAndWeak = w.scenario + w.weakArea;
    expect(diff(made, twoShort)).toBeCloseTo(w.stage + needAndWeak * (1 - f.behindTwo), 3);
    expect(twoShort.reasons.map((r) => r.code)).not.toContain('stage');
    // The need is still named: the offering does cover it.
    expect(twoShort.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['scenario', 'weak_area']),
    );
  });

  it('level fit with ratings: the rating of the offering’s main scenario counts when it meets no need', () => {
    const p: MatchProfile = { ...at(4), needs: [], scenarioRatings: { hr: 2, finance: 4 } };
    const hr = sut(p, candidate({ scenarios: ['hr'], stages: [2, 3] }));
    const finance = sut(p, candidate({ scenarios: ['finance'], stages: [2, 3] }));
    expect(diff(hr, finance)).toBeCloseTo(w.stage * (f.belowNext - f.below), 3);
  });

  it('a need that is the offering’s main scenario beats the same need listed second', () => {
    const p = { ...at(2), needs: [{ code: 'production_control' as const, priority: 5 }] };
    const main = sut(p, candidate({ scenarios: ['production_control', 'hr'] }));
    const second = sut(p, candidate({ scenarios: ['hr', 'production_control'] }));
    expect(main.score).toBeGreaterThan(second.score);
    expect(diff(main, second)).toBeCloseTo(w.scenario * 0.8 * (1 - f.secondary), 3);
  });

  it('a stated need, even of low priority, outranks a weak area the SME did not ask about', () => {
    const p: MatchProfile = {
      ...at(2, ['quality']),
      needs: [{ code: 'hr', priority: 2 }],
    };
    const asked = sut(p, candidate({ scenarios: ['hr'] }));
    const weakOnly = sut(p, candidate({ scenarios: ['quality'] }));
    expect(asked.score).toBeGreaterThan(weakOnly.score);
    expect(weakOnly.reasons.map((r) => r.code)).toContain('weak_area');
  });

  it('an edition for the SME’s industry clearly beats a generic offering', () => {
    const edition = sut(at(2), candidate({ industries: ['C34'] }));
    const generic = sut(at(2), candidate({ industries: [] }));
    expect(diff(edition, generic)).toBeCloseTo(w.industry * (1 - f.generic), 3);
    expect(diff(edition, generic)).toBeGreaterThan(0.1);
  });

  it('price against budget: a tool costing a small share of the budget gets less budget credit', () => {
    const p = at(2); // budget ¥500 a month
    const solution = sut(p, candidate({ minMonthlyPriceCents: 20_000 }));
    const small = sut(p, candidate({ minMonthlyPriceCents: 2_000 }));
    expect(diff(solution, small)).toBeCloseTo(w.budget * (1 - f.cheap), 3);
    expect(small.reasons.map((r) => r.code)).toContain('budget');
  });
});

describe('diversify (provider diversity in the top five)', () => {
  const item = (id: string, provider: string, score: number) => ({ id, provider, score });
  const by = (x: { provider: string }): string => x.provider;

  it('keeps at most MAX_PER_PROVIDER_TOP offerings of one provider in the top five', () => {
    const sorted = [
      item('a1', 'a', 0.9),
      item('a2', 'a', 0.89),
      item('a3', 'a', 0.88),
      item('a4', 'a', 0.87),
      item('a5', 'a', 0.86),
      item('b1', 'b', 0.7),
      item('c1', 'c', 0.6),
    ];
    const out = diversify(sorted, by);
    expect(out.slice(0, 5).filter((x) => x.provider === 'a')).toHaveLength(MAX_PER_PROVIDER_TOP);
    expect(MAX_PER_PROVIDER_TOP).toBeLessThan(5);
    expect(out.map((x) => x.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'c1', 'a4', 'a5']);
  });

  it('changes nothing when the top is already diverse, and drops nothing', () => {
    const sorted = ['a', 'b', 'a', 'c', 'b', 'a', 'a'].map((p, i) =>
      item(`${p}${i}`, p, 1 - i / 10),
    );
    expect(diversify(sorted, by)).toEqual(sorted);
    expect(diversify([], by)).toEqual([]);
  });
});

describe('notesRelevance (the pains in the notes against the candidates’ text)', () => {
  const notes = '定制家具每单成本算不清，报价凭经验，做完才发现亏钱。';

  it('splits Chinese into character bigrams and keeps Latin words', () => {
    expect([...textTerms('成本核算 SPC 看板')]).toEqual(['成本', '本核', '核算', '看板', 'spc']);
    expect(textTerms('，。 a')).toEqual(new Set());
  });

  it('ranks the candidate that names the pain first, relative to the best candidate', () => {
    const [cost, expense, unrelated] = notesRelevance(notes, [
      '账房云 生产成本核算：按订单核算每单真实成本',
      '账房云 费控报销：费用申请、报销审批一条线',
      '云启 设备 OEE 看板',
    ]);
    expect(cost).toBe(1);
    expect(expense).toBeLessThan(0.5);
    expect(unrelated).toBe(0);
  });

  it('weighs a term every candidate shares less than a distinguishing one', () => {
    const [onlyShared, both] = notesRelevance('成本和报价', [
      '报价工具',
      '成本核算 报价',
      '报价助手',
    ]);
    expect(both).toBe(1);
    expect(onlyShared).toBeGreaterThan(0);
    expect(onlyShared).toBeLessThan(0.25);
  });

  it('answers 0 for every candidate without notes or without a shared term', () => {
    expect(notesRelevance('', ['成本核算'])).toEqual([0]);
    expect(notesRelevance('设备点检', ['成本核算', '报销'])).toEqual([0, 0]);
    expect(notesRelevance('成本', [])).toEqual([]);
  });
});
