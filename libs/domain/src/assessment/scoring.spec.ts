import { describe, expect, it } from '@jest/globals';
import { QUESTIONNAIRE_2024 } from './questionnaire-2024.js';
import {
  ASSESSMENT_CONSTRAINT_SCENARIO_CODES,
  ASSESSMENT_SCENARIO_CODES,
} from './scenario-codes.js';
import {
  bandLevel,
  combineLevel,
  runningScore,
  scenarioLevel,
  scoreAssessment,
  weakScenarios,
} from './scoring.js';
import { type LevelRule, type ScenarioRatings } from './types.js';
import { InvalidAnswersError } from './validate.js';

// All expected numbers below were worked out by hand from assessment-2024.md.

const q = QUESTIONNAIRE_2024;
const RULE = q.levelRule;
const CONSTRAINT = ASSESSMENT_CONSTRAINT_SCENARIO_CODES;
type Raw = Record<string, unknown>;

/** The lowest option everywhere: 1.5 points (m_plan_execution "learning"). */
const MINIMAL: Raw = {
  f_network: [],
  f_device_digitisation: 'pct_0_10',
  f_device_networking: 'pct_0_10',
  f_data_collection: [],
  f_information_systems: 'none',
  f_network_security: [],
  f_data_security: [],
  m_plan_execution: 'learning',
  m_mechanisms: [],
  m_talent: [],
  m_funding: 'none',
  r_energy: 'increased',
  r_quality: 'decreased',
  r_revenue_per_employee: 'decreased',
  r_cost_per_revenue: 'increased',
};
const ALL_NETWORK = ['shop_floor_network', 'system_network', 'industrial_5g', 'full_coverage'];
const ALL_STEPS = [
  'product_design',
  'process_design',
  'marketing',
  'after_sales',
  'planning_scheduling',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'procurement',
  'warehouse_logistics',
  'finance',
  'hr',
];
const ALL_NETWORK_SECURITY = [
  'rules',
  'security_products',
  'risk_assessment',
  'boundary_monitoring',
];
const ALL_DATA_SECURITY = ['rules', 'security_products', 'risk_assessment', 'data_inventory'];
/** Results all better: 7 + 7 + 3 + 3 = 20. */
const RESULTS_BETTER: Raw = {
  r_energy: 'decreased',
  r_quality: 'increased',
  r_revenue_per_employee: 'increased',
  r_cost_per_revenue: 'decreased',
};
/** The highest option everywhere: 100 points. */
const MAXIMAL: Raw = {
  f_network: ALL_NETWORK,
  f_device_digitisation: 'pct_60_100',
  f_device_networking: 'pct_60_100',
  f_data_collection: ALL_STEPS,
  f_information_systems: 'all_steps',
  f_network_security: ALL_NETWORK_SECURITY,
  f_data_security: ALL_DATA_SECURITY,
  m_plan_execution: 'benchmarking',
  m_mechanisms: ['transformation_workflow', 'it_rules', 'data_rules', 'innovation_incentives'],
  m_talent: [
    'digital_staff',
    'dedicated_post',
    'regular_training',
    'performance_pay',
    'staged_development',
  ],
  m_funding: 'over_5',
  ...RESULTS_BETTER,
};

const ratingsAll = (code: string): Raw =>
  Object.fromEntries(ASSESSMENT_SCENARIO_CODES.map((scenario) => [scenario, code]));
/** A complete answer set: scored answers on top of MINIMAL, every scenario `rating` unless set. */
const answers = (scored: Raw, rating = 'r0', scenarios: Raw = {}): Raw => ({
  ...MINIMAL,
  ...scored,
  ...ratingsAll(rating),
  ...scenarios,
});

// Answer sets just below and exactly on each band boundary. Every total is a multiple of 0.025,
// so the closest a total gets below a boundary is 0.025 under it.

/** 2 + 2.1 + 10 + 1.25 + 1.25 (foundations 16.6) + 1.5 + 1.875 (management 3.375) = 19.975 */
const T19_975: Raw = {
  f_network: ['shop_floor_network'],
  f_data_collection: ['product_design', 'process_design', 'marketing'],
  f_information_systems: 'all_steps',
  f_network_security: ['rules'],
  f_data_security: ['rules'],
  m_plan_execution: 'learning',
  m_mechanisms: ['transformation_workflow'],
};
/** 4 + 10 (foundations 14) + 6 (management 6) = 20 */
const T20: Raw = {
  f_network: ['shop_floor_network', 'system_network'],
  f_information_systems: 'all_steps',
  m_plan_execution: 'results_achieved',
};
/** 19.975 + results 20 = 39.975 */
const T39_975: Raw = { ...T19_975, ...RESULTS_BETTER };
/** 20 + results 20 = 40 */
const T40: Raw = { ...T20, ...RESULTS_BETTER };
/** 39.975 + 6 + 6 (devices) + 6 (four talent measures) + 2 (a second network) = 59.975 */
const T59_975: Raw = {
  ...T39_975,
  f_device_digitisation: 'pct_60_100',
  f_device_networking: 'pct_60_100',
  m_talent: ['digital_staff', 'dedicated_post', 'regular_training', 'performance_pay'],
  f_network: ['shop_floor_network', 'industrial_5g'],
};
/** 40 + 6 + 6 + 6 + 2 (a third network) = 60 */
const T60: Raw = {
  ...T40,
  f_device_digitisation: 'pct_60_100',
  f_device_networking: 'pct_60_100',
  m_talent: ['digital_staff', 'dedicated_post', 'regular_training', 'performance_pay'],
  f_network: ['shop_floor_network', 'system_network', 'industrial_5g'],
};
/** 59.975 + 4 (all networks) + 7.5 (funding) + 6 (plan 1.5 → 7.5) + 2.5 (security) = 79.975 */
const T79_975: Raw = {
  ...T59_975,
  f_network: ALL_NETWORK,
  m_funding: 'over_5',
  m_plan_execution: 'benchmarking',
  f_network_security: ['rules', 'security_products', 'risk_assessment'],
};
/** 60 + 10 (all 14 collection steps) + 5 + 5 (security) = 80 */
const T80: Raw = {
  ...T60,
  f_data_collection: ALL_STEPS,
  f_network_security: ALL_NETWORK_SECURITY,
  f_data_security: ALL_DATA_SECURITY,
};

describe('bandLevel', () => {
  const sut = bandLevel;

  it.each([
    [0, 0],
    [1.5, 0],
    [19.99, 0],
    [20, 1],
    [39.99, 1],
    [40, 2],
    [59.99, 2],
    [60, 3],
    [79.99, 3],
    [80, 4],
    [100, 4],
  ])('maps a total of %p to band level %p (lower bound inclusive)', (total, level) => {
    expect(sut(total, RULE)).toBe(level);
  });

  it('reads the bands from the rule, in any order', () => {
    const rule: LevelRule = {
      ...RULE,
      bands: [
        { min: 50, level: 2 },
        { min: 10, level: 1 },
      ],
    };
    expect([
      sut(9.99, rule),
      sut(10, rule),
      sut(49.99, rule),
      sut(50, rule),
      sut(99, rule),
    ]).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('scenarioLevel', () => {
  const sut = scenarioLevel;
  const rated = (entries: Record<string, number | null>): ScenarioRatings => entries;

  it('is 0 with no ratings and with everything rated 0', () => {
    expect(sut({}, CONSTRAINT, RULE)).toBe(0);
    expect(sut(ratingsOf(0), CONSTRAINT, RULE)).toBe(0);
  });

  it('is the common rating when every scenario has it', () => {
    expect(sut(ratingsOf(1), CONSTRAINT, RULE)).toBe(1);
    expect(sut(ratingsOf(2), CONSTRAINT, RULE)).toBe(2);
    expect(sut(ratingsOf(4), CONSTRAINT, RULE)).toBe(4);
  });

  it('needs six scenarios at the level: five are not enough', () => {
    const five = rated({ product_design: 3, marketing: 3, quality: 3, safety: 3, energy: 3 });
    expect(sut(five, CONSTRAINT, RULE)).toBe(0);
    expect(sut({ ...five, hr: 3 }, CONSTRAINT, RULE)).toBe(3);
    expect(sut({ ...five, hr: 2 }, CONSTRAINT, RULE)).toBe(2);
  });

  it('needs three constraint scenarios among the six', () => {
    const twoConstraint = rated({
      product_design: 4,
      marketing: 4,
      process_design: 4,
      after_sales: 4,
      planning_scheduling: 4,
      hr: 4,
      collaboration: 4,
    });
    expect(sut(twoConstraint, CONSTRAINT, RULE)).toBe(0);
    expect(sut({ ...twoConstraint, finance: 1 }, CONSTRAINT, RULE)).toBe(1);
    expect(sut({ ...twoConstraint, finance: 4 }, CONSTRAINT, RULE)).toBe(4);
  });

  it('leaves not-applicable scenarios out', () => {
    const mostlyNa = rated({
      ...Object.fromEntries(ASSESSMENT_SCENARIO_CODES.map((code) => [code, null])),
      quality: 4,
      safety: 4,
      finance: 4,
      hr: 4,
      collaboration: 4,
    });
    expect(sut(mostlyNa, CONSTRAINT, RULE)).toBe(0);
    expect(sut({ ...mostlyNa, decision_support: 4 }, CONSTRAINT, RULE)).toBe(4);
  });

  it('follows the thresholds of the rule', () => {
    const loose: LevelRule = { ...RULE, scenarioRule: { minScenarios: 2, minConstraint: 1 } };
    expect(sut(rated({ quality: 3, hr: 3 }), CONSTRAINT, loose)).toBe(3);
    expect(sut(rated({ hr: 3, collaboration: 3 }), CONSTRAINT, loose)).toBe(0);
  });
});

describe('combineLevel', () => {
  const sut = combineLevel;

  it.each([
    [4, 4, 4],
    [4, 2, 2],
    [2, 4, 2],
    [3, 3, 3],
    [1, 0, 1],
    [3, 0, 1],
    [0, 0, 0],
    [0, 4, 0],
  ] as const)('band %p with scenario level %p gives level %p', (band, scenario, level) => {
    expect(sut(band, scenario, RULE)).toBe(level);
  });

  it('drops to 0 when the rule does not keep level 1', () => {
    const strict: LevelRule = { ...RULE, keepLevelOneWhenBandAtLeastOne: false };
    expect(sut(3, 0, strict)).toBe(0);
    expect(sut(3, 2, strict)).toBe(2);
  });
});

describe('weakScenarios', () => {
  const sut = weakScenarios;
  const ratings: ScenarioRatings = {
    product_design: 1,
    process_design: 0,
    marketing: 2,
    after_sales: 0,
    quality: 0,
    energy: 3,
    finance: null,
    hr: 1,
  };

  it('orders constraint first, then need priority, then lower rating, then questionnaire order', () => {
    // Level 2 → weak = rated below 3, applicable: all but energy (3) and finance (na).
    // Constraint: marketing (priority 3) · quality (0, rated 0) · product_design (0, rated 1).
    // Others: hr (priority 5) · after_sales (3) · process_design (0).
    const priorities = { hr: 5, marketing: 3, after_sales: 3, network: 5 };
    expect(sut(ratings, 2, CONSTRAINT, priorities)).toEqual([
      'marketing',
      'quality',
      'product_design',
      'hr',
      'after_sales',
      'process_design',
    ]);
  });

  it('without needs, orders by constraint, then rating, then questionnaire order', () => {
    expect(sut(ratings, 2, CONSTRAINT)).toEqual([
      'quality',
      'product_design',
      'marketing',
      'process_design',
      'after_sales',
      'hr',
    ]);
  });

  it('breaks full ties by the given scenario order', () => {
    const tie: ScenarioRatings = { hr: 0, collaboration: 0, decision_support: 0 };
    expect(sut(tie, 1, CONSTRAINT)).toEqual(['hr', 'collaboration', 'decision_support']);
    expect(sut(tie, 1, CONSTRAINT, {}, ['decision_support', 'hr', 'collaboration'])).toEqual([
      'decision_support',
      'hr',
      'collaboration',
    ]);
  });

  it('at level 0 lists only scenarios not done; at level 3 those rated 3 or less', () => {
    expect(sut(ratings, 0, CONSTRAINT)).toEqual(['quality', 'process_design', 'after_sales']);
    expect(sut(ratings, 3, CONSTRAINT)).toEqual([
      'quality',
      'product_design',
      'marketing',
      'energy',
      'process_design',
      'after_sales',
      'hr',
    ]);
  });

  it('finds nothing weak at level 4', () => {
    expect(sut(ratings, 4, CONSTRAINT)).toEqual([]);
  });

  it('ignores priorities that are not finite numbers', () => {
    const tie: ScenarioRatings = { hr: 0, collaboration: 0 };
    expect(sut(tie, 1, CONSTRAINT, { collaboration: Number.NaN })).toEqual(['hr', 'collaboration']);
  });
});

describe('scoreAssessment', () => {
  const sut = scoreAssessment;

  it('scores the lowest answers 1.5, level 0, every scenario weak (constraint first)', () => {
    const result = sut(q, answers(MINIMAL));
    expect(result).toMatchObject({
      version: '2024.1',
      totalScore: 1.5,
      bandLevel: 0,
      scenarioLevel: 0,
      level: 0,
    });
    expect(result.dimensions).toEqual([
      { code: 'foundations', score: 0, maxScore: 50 },
      { code: 'management', score: 1.5, maxScore: 30 },
      { code: 'results', score: 0, maxScore: 20 },
      { code: 'operations', score: 0, maxScore: 64 },
    ]);
    expect(result.weakScenarios).toEqual([
      'product_design',
      'marketing',
      'production_control',
      'quality',
      'equipment',
      'safety',
      'energy',
      'procurement',
      'warehouse_logistics',
      'finance',
      'process_design',
      'after_sales',
      'planning_scheduling',
      'hr',
      'collaboration',
      'decision_support',
    ]);
  });

  it('scores the highest answers 100 and level 4 with nothing weak', () => {
    const result = sut(q, answers(MAXIMAL, 'r4'));
    expect(result).toMatchObject({ totalScore: 100, bandLevel: 4, scenarioLevel: 4, level: 4 });
    expect(result.dimensions).toEqual([
      { code: 'foundations', score: 50, maxScore: 50 },
      { code: 'management', score: 30, maxScore: 30 },
      { code: 'results', score: 20, maxScore: 20 },
      { code: 'operations', score: 64, maxScore: 64 },
    ]);
    expect(result.areas.map((a) => [a.code, a.score])).toEqual([
      ['equipment_systems', 20],
      ['data_collection', 10],
      ['information_systems', 10],
      ['security', 10],
      ['planning', 15],
      ['people_funding', 15],
      ['green', 7],
      ['quality', 7],
      ['market', 6],
    ]);
    expect(result.weakScenarios).toEqual([]);
  });

  it('adds all 14 data-collection steps to exactly 10 (13 × 0.7 + 0.9, no float drift)', () => {
    const result = sut(q, answers({ f_data_collection: ALL_STEPS }));
    expect(result.indicators.find((i) => i.code === 'f_data_collection')).toEqual({
      code: 'f_data_collection',
      dimension: 'foundations',
      area: 'data_collection',
      score: 10,
      maxScore: 10,
    });
    expect(result.areas.find((a) => a.code === 'data_collection')!.score).toBe(10);
    expect(result.dimensions[0]).toEqual({ code: 'foundations', score: 10, maxScore: 50 });
    expect(result.totalScore).toBe(11.5);
  });

  it('reports fractional points rounded to 2 decimals', () => {
    // 1.5 + 3 × 1.875 = 7.125 → 7.13; f_network_security 3 × 1.25 = 3.75; 1 × 0.7 + 0.9 = 1.6.
    const result = sut(
      q,
      answers({
        m_mechanisms: ['transformation_workflow', 'it_rules', 'data_rules'],
        f_network_security: ['rules', 'security_products', 'risk_assessment'],
        f_data_collection: ['hr', 'finance'],
        m_funding: 'under_1',
      }),
    );
    // management = 1.5 + 5.625 + 1.875 = 9 ; foundations = 3.75 + 1.6 = 5.35 ; total 14.35
    expect(result.indicators.find((i) => i.code === 'm_mechanisms')!.score).toBe(5.63);
    expect(result.dimensions.slice(0, 3).map((d) => d.score)).toEqual([5.35, 9, 0]);
    expect(result.totalScore).toBe(14.35);
    const odd = sut(q, answers({ m_mechanisms: ['it_rules'] }));
    // 1.5 + 1.875 = 3.375 → 3.38
    expect(odd.totalScore).toBe(3.38);
    expect(odd.areas.find((a) => a.code === 'planning')!.score).toBe(3.38);
  });

  it.each([
    ['19.975', T19_975, 19.98, 0],
    ['20', T20, 20, 1],
    ['39.975', T39_975, 39.98, 1],
    ['40', T40, 40, 2],
    ['59.975', T59_975, 59.98, 2],
    ['60', T60, 60, 3],
    ['79.975', T79_975, 79.98, 3],
    ['80', T80, 80, 4],
  ])('scores the %s answer set %p → band %p end to end', (_name, scored, total, level) => {
    const result = sut(q, answers(scored, 'r4'));
    expect(result.totalScore).toBe(total);
    expect(result.bandLevel).toBe(level);
    expect(result.scenarioLevel).toBe(4);
    expect(result.level).toBe(level);
  });

  it('splits the boundary sets into dimensions as computed by hand', () => {
    expect(
      sut(q, answers(T19_975))
        .dimensions.slice(0, 3)
        .map((d) => d.score),
    ).toEqual([16.6, 3.38, 0]);
    expect(
      sut(q, answers(T79_975))
        .dimensions.slice(0, 3)
        .map((d) => d.score),
    ).toEqual([
      // 8 + 12 + 2.1 + 10 + 3.75 + 1.25 ; 7.5 + 1.875 + 6 + 7.5 = 22.875 ; 20
      37.1, 22.88, 20,
    ]);
  });

  it('caps a high score at the scenario level: only five scenarios rated 3 → level 2', () => {
    const five = {
      product_design: 'r3',
      marketing: 'r3',
      quality: 'r3',
      safety: 'r3',
      energy: 'r3',
    };
    const result = sut(q, answers(T80, 'r2', five));
    expect(result).toMatchObject({ totalScore: 80, bandLevel: 4, scenarioLevel: 2, level: 2 });
    // Weak = rated below 3: the other constraint scenarios, then the non-constraint ones.
    expect(result.weakScenarios).toEqual([
      'production_control',
      'equipment',
      'procurement',
      'warehouse_logistics',
      'finance',
      'process_design',
      'after_sales',
      'planning_scheduling',
      'hr',
      'collaboration',
      'decision_support',
    ]);
    expect(result.dimensions[3]).toEqual({ code: 'operations', score: 37, maxScore: 64 });
  });

  it('does not give level 4 to six scenarios at 4 with only two constraint ones', () => {
    const six = {
      product_design: 'r4',
      marketing: 'r4',
      process_design: 'r4',
      after_sales: 'r4',
      planning_scheduling: 'r4',
      hr: 'r4',
    };
    const result = sut(q, answers(MAXIMAL, 'r3', six));
    expect(result).toMatchObject({ totalScore: 100, bandLevel: 4, scenarioLevel: 3, level: 3 });
    // Weak at level 3 = rated below 4: the ten rated 3, constraint first.
    expect(result.weakScenarios).toEqual([
      'production_control',
      'quality',
      'equipment',
      'safety',
      'energy',
      'procurement',
      'warehouse_logistics',
      'finance',
      'collaboration',
      'decision_support',
    ]);
    const third = sut(q, answers(MAXIMAL, 'r3', { ...six, finance: 'r4' }));
    expect(third.level).toBe(4);
  });

  it('keeps level 1 for a band level of at least 1 when no scenario qualifies', () => {
    expect(sut(q, answers(T20))).toMatchObject({ bandLevel: 1, scenarioLevel: 0, level: 1 });
    expect(sut(q, answers(MAXIMAL))).toMatchObject({ bandLevel: 4, scenarioLevel: 0, level: 1 });
    expect(sut(q, answers(T19_975))).toMatchObject({ bandLevel: 0, level: 0 });
    const strict: LevelRule = { ...RULE, keepLevelOneWhenBandAtLeastOne: false };
    expect(sut(q, answers(MAXIMAL), { levelRule: strict }).level).toBe(0);
  });

  it('does not lift a band level 0 above 0, whatever the scenarios', () => {
    expect(sut(q, answers(MINIMAL, 'r4'))).toMatchObject({
      totalScore: 1.5,
      bandLevel: 0,
      scenarioLevel: 4,
      level: 0,
    });
  });

  it('leaves na scenarios out of the level, the operations score and the weak list', () => {
    const naAllBut = (rated: Raw): Raw => ({ ...ratingsAll('na'), ...rated });
    const six = naAllBut({
      quality: 'r4',
      safety: 'r4',
      finance: 'r4',
      hr: 'r4',
      collaboration: 'r4',
      decision_support: 'r2',
    });
    const result = sut(q, { ...MAXIMAL, ...six });
    expect(result).toMatchObject({ scenarioLevel: 2, level: 2 });
    expect(result.dimensions[3]).toEqual({ code: 'operations', score: 22, maxScore: 24 });
    expect(result.scenarioRatings).toMatchObject({ quality: 4, decision_support: 2, energy: null });
    expect(result.weakScenarios).toEqual(['decision_support']);

    const five = sut(q, {
      ...MAXIMAL,
      ...naAllBut({ quality: 'r4', safety: 'r4', finance: 'r4' }),
    });
    expect(five).toMatchObject({ scenarioLevel: 0, level: 1, weakScenarios: [] });
    expect(five.dimensions[3]).toEqual({ code: 'operations', score: 12, maxScore: 12 });
  });

  it('returns every scenario rating in questionnaire order', () => {
    const result = sut(q, answers(MINIMAL, 'r1', { hr: 'r3', energy: 'na' }));
    expect(Object.keys(result.scenarioRatings)).toEqual([...ASSESSMENT_SCENARIO_CODES]);
    expect(result.scenarioRatings).toMatchObject({ hr: 3, energy: null, finance: 1 });
  });

  it("orders weak scenarios by the SME's need priorities within each group", () => {
    const result = sut(q, answers(T40, 'r0', { quality: 'r1', hr: 'r1' }), {
      needPriorities: { finance: 5, energy: 4, collaboration: 5, quality: 5 },
    });
    expect(result.level).toBe(1);
    // Weak = rated below 2 (everything). Constraint: finance 5 (r0), quality 5 (r1), energy 4,
    // then the other constraint ones in order; then collaboration 5, then by rating and order.
    expect(result.weakScenarios).toEqual([
      'finance',
      'quality',
      'energy',
      'product_design',
      'marketing',
      'production_control',
      'equipment',
      'safety',
      'procurement',
      'warehouse_logistics',
      'collaboration',
      'process_design',
      'after_sales',
      'planning_scheduling',
      'decision_support',
      'hr',
    ]);
  });

  it('throws InvalidAnswersError on an invalid answer set instead of scoring it', () => {
    expect(() => sut(q, { ...answers(MINIMAL), f_network: 'shop_floor_network' })).toThrow(
      InvalidAnswersError,
    );
    expect(() => sut(q, MINIMAL)).toThrow(/answers\.product_design: missing answer/);
  });
});

describe('runningScore', () => {
  const sut = runningScore;

  it('starts at 0 of 100 with nothing answered', () => {
    expect(sut(q, {})).toEqual({
      version: '2024.1',
      totalScore: 0,
      maxScore: 100,
      dimensions: [
        { code: 'foundations', score: 0, maxScore: 50 },
        { code: 'management', score: 0, maxScore: 30 },
        { code: 'results', score: 0, maxScore: 20 },
        { code: 'operations', score: 0, maxScore: 64 },
      ],
      areas: expect.any(Array) as unknown,
      answered: 0,
      indicatorCount: 31,
      complete: false,
    });
  });

  it('scores what is answered so far', () => {
    const result = sut(q, {
      f_information_systems: 'all_steps',
      f_data_collection: ALL_STEPS,
      production_control: 'r3',
      quality: 'na',
    });
    expect(result.totalScore).toBe(20);
    expect(result.dimensions).toEqual([
      { code: 'foundations', score: 20, maxScore: 50 },
      { code: 'management', score: 0, maxScore: 30 },
      { code: 'results', score: 0, maxScore: 20 },
      { code: 'operations', score: 3, maxScore: 60 },
    ]);
    expect(result.answered).toBe(4);
  });

  it('ignores what cannot be scored: unknown codes, wrong shapes, repeats count once', () => {
    const result = sut(q, {
      f_network: ['shop_floor_network', 'shop_floor_network', 'bogus', 7],
      r_energy: ['decreased'],
      m_funding: 'na',
      f_talent: ['digital_staff'],
      hr: 'r9',
    });
    expect(result.totalScore).toBe(2);
    expect(result.answered).toBe(1);
  });

  it('agrees with scoreAssessment once complete', () => {
    const complete = answers(T79_975, 'r2');
    const result = sut(q, complete);
    expect(result.complete).toBe(true);
    expect(result.answered).toBe(31);
    expect(result.totalScore).toBe(scoreAssessment(q, complete).totalScore);
    expect(result.dimensions).toEqual(scoreAssessment(q, complete).dimensions);
  });
});

function ratingsOf(rating: 0 | 1 | 2 | 3 | 4): ScenarioRatings {
  return Object.fromEntries(ASSESSMENT_SCENARIO_CODES.map((code) => [code, rating]));
}
