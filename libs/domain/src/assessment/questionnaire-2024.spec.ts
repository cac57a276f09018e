import { describe, expect, it } from '@jest/globals';
import { pointsToMilli, questionnaireIndicators } from './model.js';
import { QUESTIONNAIRE_2024 } from './questionnaire-2024.js';
import {
  ASSESSMENT_CONSTRAINT_SCENARIO_CODES,
  ASSESSMENT_SCENARIO_CODES,
  isAssessedScenarioCode,
} from './scenario-codes.js';
import {
  type Dimension,
  NOT_APPLICABLE,
  type RatingIndicator,
  type ScoredIndicator,
} from './types.js';

const sut = QUESTIONNAIRE_2024;

const scoredIndicators = (dimension?: Dimension): ScoredIndicator[] =>
  (dimension ? [...dimension.indicators] : questionnaireIndicators(sut)).filter(
    (indicator): indicator is ScoredIndicator => indicator.kind === 'scored',
  );
const ratingIndicators = (): RatingIndicator[] =>
  questionnaireIndicators(sut).filter(
    (indicator): indicator is RatingIndicator => indicator.kind === 'rating',
  );
const dimension = (code: string): Dimension => sut.dimensions.find((d) => d.code === code)!;

/** Max points from the options alone, in thousandths: sum (multiple) or best option (single). */
const maxMilliFromOptions = (indicator: ScoredIndicator): number => {
  const milli = indicator.options.map((option) => pointsToMilli(option.points));
  return indicator.multiple ? milli.reduce((a, b) => a + b, 0) : Math.max(...milli);
};
const minMilliFromOptions = (indicator: ScoredIndicator): number =>
  indicator.multiple ? 0 : Math.min(...indicator.options.map((o) => pointsToMilli(o.points)));

const CJK = /[\u4e00-\u9fff]/;

describe('QUESTIONNAIRE_2024', () => {
  it('is version 2024.1 with the four dimensions in API order', () => {
    expect(sut.version).toBe('2024.1');
    expect(sut.dimensions.map((d) => d.code)).toEqual([
      'foundations',
      'management',
      'results',
      'operations',
    ]);
  });

  it('has the fifteen scored indicators with the codes of assessment-2024.md, in order', () => {
    expect(scoredIndicators().map((i) => i.code)).toEqual([
      'f_network',
      'f_device_digitisation',
      'f_device_networking',
      'f_data_collection',
      'f_information_systems',
      'f_network_security',
      'f_data_security',
      'm_plan_execution',
      'm_mechanisms',
      'm_talent',
      'm_funding',
      'r_energy',
      'r_quality',
      'r_revenue_per_employee',
      'r_cost_per_revenue',
    ]);
  });

  it('is multi-select exactly where the indicators say "several"', () => {
    expect(
      questionnaireIndicators(sut)
        .filter((i) => i.multiple)
        .map((i) => i.code),
    ).toEqual([
      'f_network',
      'f_data_collection',
      'f_network_security',
      'f_data_security',
      'm_mechanisms',
      'm_talent',
    ]);
  });

  it('gives every option the points of the official indicators, least digital first', () => {
    const points = Object.fromEntries(
      scoredIndicators().map((i) => [i.code, i.options.map((o) => o.points)]),
    );
    const dataCollection = [...Array<number>(13).fill(0.7), 0.9];
    expect(points).toEqual({
      f_network: [2, 2, 2, 2],
      f_device_digitisation: [0, 1.5, 3, 4.5, 6],
      f_device_networking: [0, 1.5, 3, 4.5, 6],
      f_data_collection: dataCollection,
      f_information_systems: [0, 2.5, 5, 7.5, 10],
      f_network_security: [1.25, 1.25, 1.25, 1.25],
      f_data_security: [1.25, 1.25, 1.25, 1.25],
      m_plan_execution: [1.5, 3, 4.5, 6, 7.5],
      m_mechanisms: [1.875, 1.875, 1.875, 1.875],
      m_talent: [1.5, 1.5, 1.5, 1.5, 1.5],
      m_funding: [0, 1.875, 3.75, 5.625, 7.5],
      r_energy: [0, 3.5, 7],
      r_quality: [0, 3.5, 7],
      r_revenue_per_employee: [0, 1.5, 3],
      r_cost_per_revenue: [0, 1.5, 3],
    });
  });

  it('uses the stable option codes of the API', () => {
    const codes = Object.fromEntries(
      scoredIndicators().map((i) => [i.code, i.options.map((o) => o.code)]),
    );
    const bands = ['pct_0_10', 'pct_10_20', 'pct_20_40', 'pct_40_60', 'pct_60_100'];
    expect(codes).toEqual({
      f_network: ['shop_floor_network', 'system_network', 'industrial_5g', 'full_coverage'],
      f_device_digitisation: bands,
      f_device_networking: bands,
      f_data_collection: [
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
      ],
      f_information_systems: [
        'none',
        'one_step',
        'two_or_more_steps',
        'over_80_percent',
        'all_steps',
      ],
      f_network_security: ['rules', 'security_products', 'risk_assessment', 'boundary_monitoring'],
      f_data_security: ['rules', 'security_products', 'risk_assessment', 'data_inventory'],
      m_plan_execution: [
        'learning',
        'plan_made',
        'changes_done',
        'results_achieved',
        'benchmarking',
      ],
      m_mechanisms: ['transformation_workflow', 'it_rules', 'data_rules', 'innovation_incentives'],
      m_talent: [
        'digital_staff',
        'dedicated_post',
        'regular_training',
        'performance_pay',
        'staged_development',
      ],
      m_funding: ['none', 'under_1', 'pct_1_3', 'pct_3_5', 'over_5'],
      r_energy: ['increased', 'unchanged', 'decreased'],
      r_quality: ['decreased', 'unchanged', 'increased'],
      r_revenue_per_employee: ['decreased', 'unchanged', 'increased'],
      r_cost_per_revenue: ['increased', 'unchanged', 'decreased'],
    });
  });

  it('keeps every point value a whole number of thousandths', () => {
    for (const indicator of scoredIndicators()) {
      for (const option of indicator.options) {
        expect(Math.abs(option.points * 1000 - pointsToMilli(option.points))).toBeLessThan(1e-6);
      }
    }
  });

  it('states each indicator maximum consistently with its options', () => {
    for (const indicator of scoredIndicators()) {
      expect([indicator.code, pointsToMilli(indicator.maxScore)]).toEqual([
        indicator.code,
        maxMilliFromOptions(indicator),
      ]);
    }
  });

  it('has the areas of the table, each the sum of its indicators, every indicator in one area', () => {
    const areas = sut.dimensions.flatMap((d) =>
      d.areas.map((a) => [d.code, a.code, a.maxScore] as const),
    );
    expect(areas).toEqual([
      ['foundations', 'equipment_systems', 20],
      ['foundations', 'data_collection', 10],
      ['foundations', 'information_systems', 10],
      ['foundations', 'security', 10],
      ['management', 'planning', 15],
      ['management', 'people_funding', 15],
      ['results', 'green', 7],
      ['results', 'quality', 7],
      ['results', 'market', 6],
    ]);
    for (const d of sut.dimensions) {
      const own = scoredIndicators(d);
      const inAreas = d.areas.flatMap((a) => [...a.indicatorCodes]);
      expect([...inAreas].sort()).toEqual(own.map((i) => i.code).sort());
      for (const area of d.areas) {
        const milli = area.indicatorCodes
          .map((code) => own.find((i) => i.code === code)!)
          .reduce((sum, i) => sum + maxMilliFromOptions(i), 0);
        expect([area.code, milli]).toEqual([area.code, pointsToMilli(area.maxScore)]);
      }
    }
  });

  it('adds up to 50 / 30 / 20 per dimension and 100 in all, computed from the options', () => {
    const computed = (code: string): number =>
      scoredIndicators(dimension(code)).reduce((sum, i) => sum + maxMilliFromOptions(i), 0) / 1000;
    expect(computed('foundations')).toBe(50);
    expect(computed('management')).toBe(30);
    expect(computed('results')).toBe(20);
    expect(scoredIndicators().reduce((sum, i) => sum + maxMilliFromOptions(i), 0) / 1000).toBe(100);
    expect(sut.dimensions.map((d) => d.maxScore)).toEqual([50, 30, 20, 0]);
  });

  it('has a lowest possible total of 1.5 (the lowest m_plan_execution option)', () => {
    expect(scoredIndicators().reduce((sum, i) => sum + minMilliFromOptions(i), 0) / 1000).toBe(1.5);
  });

  it('gives multi-select indicators no "none" option and no zero-point option', () => {
    for (const indicator of scoredIndicators().filter((i) => i.multiple)) {
      expect(indicator.options.map((o) => o.code)).not.toContain('none');
      expect(indicator.options.every((o) => o.points > 0)).toBe(true);
    }
  });

  it('lists single-select options from least to most digital (points never go down)', () => {
    for (const indicator of scoredIndicators().filter((i) => !i.multiple)) {
      const points = indicator.options.map((o) => o.points);
      expect(points).toEqual([...points].sort((a, b) => a - b));
    }
  });

  it('uses unique indicator codes and unique snake_case option codes, never "na"', () => {
    const indicatorCodes = questionnaireIndicators(sut).map((i) => i.code);
    expect(new Set(indicatorCodes).size).toBe(31);
    for (const indicator of questionnaireIndicators(sut)) {
      const optionCodes = indicator.options.map((o) => o.code);
      expect(new Set(optionCodes).size).toBe(optionCodes.length);
      for (const code of optionCodes) {
        expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
        expect(code).not.toBe(NOT_APPLICABLE);
      }
    }
  });

  it('writes every name, question, label and explanation in Chinese and in English', () => {
    for (const indicator of questionnaireIndicators(sut)) {
      expect(indicator.nameZh).toMatch(CJK);
      expect(indicator.helpZh).toMatch(CJK);
      expect(indicator.nameEn).not.toMatch(CJK);
      expect(indicator.helpEn).not.toMatch(CJK);
      expect(indicator.nameEn.length).toBeGreaterThan(1);
      expect(indicator.helpEn.length).toBeGreaterThan(10);
      for (const option of indicator.options) {
        expect(option.labelZh).toMatch(/\S/);
        expect(option.labelEn).toMatch(/\S/);
        expect(option.labelEn).not.toMatch(CJK);
        expect(option.explanationZh).toMatch(CJK);
        expect(option.explanationEn).toMatch(/^[A-Z0-9].{10,}\.$/);
        expect(option.explanationEn).not.toMatch(CJK);
      }
    }
  });
});

describe('QUESTIONNAIRE_2024 operations part', () => {
  it('rates the 16 scenarios in taxonomy order, each indicator coded as its scenario', () => {
    expect(ratingIndicators().map((i) => i.code)).toEqual([...ASSESSMENT_SCENARIO_CODES]);
    expect(ratingIndicators().every((i) => i.scenario === i.code)).toBe(true);
    expect(dimension('operations').indicators).toHaveLength(16);
    expect(dimension('operations').areas).toEqual([]);
  });

  it('offers r0..r4 for ratings 0..4 in that order, single choice, max 4', () => {
    for (const indicator of ratingIndicators()) {
      expect(indicator.multiple).toBe(false);
      expect(indicator.maxScore).toBe(4);
      expect(indicator.options.map((o) => [o.code, o.rating])).toEqual([
        ['r0', 0],
        ['r1', 1],
        ['r2', 2],
        ['r3', 3],
        ['r4', 4],
      ]);
      expect(indicator.options[0]).toMatchObject({ labelZh: '未开展', labelEn: 'Not done' });
    }
  });

  it('writes distinct descriptors for each scenario', () => {
    const labels = ratingIndicators().flatMap((i) => i.options.slice(1).map((o) => o.labelZh));
    expect(new Set(labels).size).toBe(64);
    const explanations = ratingIndicators().flatMap((i) =>
      i.options.slice(1).map((o) => o.explanationEn),
    );
    expect(new Set(explanations).size).toBe(64);
  });

  it('describes production control as in the indicators (work orders → MES → parameters → closed loop)', () => {
    const production = ratingIndicators().find((i) => i.code === 'production_control')!;
    expect(production.options.map((o) => o.labelEn)).toEqual([
      'Not done',
      'Work orders on paper or spreadsheets',
      'Work orders in an MES',
      'Process parameters collected and analysed automatically',
      'Intelligent monitoring with closed-loop control',
    ]);
  });

  it('names the scenarios as product.md does', () => {
    expect(Object.fromEntries(sut.scenarios.map((s) => [s.code, s.nameZh]))).toEqual({
      product_design: '产品设计',
      process_design: '工艺设计',
      marketing: '营销管理',
      after_sales: '售后服务',
      planning_scheduling: '计划排程',
      production_control: '生产管控',
      quality: '质量管理',
      equipment: '设备管理',
      safety: '安全生产',
      energy: '能耗管理',
      procurement: '采购管理',
      warehouse_logistics: '仓储物流',
      finance: '财务管理',
      hr: '人力资源',
      collaboration: '协同办公',
      decision_support: '决策支持',
    });
    for (const indicator of ratingIndicators()) {
      const scenario = sut.scenarios.find((s) => s.code === indicator.code)!;
      expect([indicator.nameZh, indicator.nameEn]).toEqual([scenario.nameZh, scenario.nameEn]);
    }
  });

  it('marks the ten constraint scenarios, consistently in every place', () => {
    const expected = [
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
    ];
    expect([...ASSESSMENT_CONSTRAINT_SCENARIO_CODES]).toEqual(expected);
    expect([...sut.constraintScenarios]).toEqual(expected);
    expect(sut.scenarios.filter((s) => s.constraint).map((s) => s.code)).toEqual(expected);
    expect(
      ratingIndicators()
        .filter((i) => i.constraint)
        .map((i) => i.code),
    ).toEqual(expected);
  });

  it('tells which codes are assessed scenarios', () => {
    expect(isAssessedScenarioCode('decision_support')).toBe(true);
    expect(isAssessedScenarioCode('network')).toBe(false);
    expect(isAssessedScenarioCode('')).toBe(false);
  });
});

describe('QUESTIONNAIRE_2024 level rule', () => {
  it('is the platform default: bands 20/40/60/80, 6 scenarios with 3 constraint, keep level 1', () => {
    expect(sut.levelRule).toEqual({
      bands: [
        { min: 20, level: 1 },
        { min: 40, level: 2 },
        { min: 60, level: 3 },
        { min: 80, level: 4 },
      ],
      scenarioRule: { minScenarios: 6, minConstraint: 3 },
      keepLevelOneWhenBandAtLeastOne: true,
    });
  });
});
