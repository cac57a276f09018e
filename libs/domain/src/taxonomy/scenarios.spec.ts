import { describe, expect, it } from '@jest/globals';
import {
  ASSESSED_SCENARIO_CODES,
  CONSTRAINT_SCENARIO_CODES,
  SCENARIO_CODES,
  SCENARIO_GROUP_CODES,
  SCENARIO_GROUPS,
  SCENARIOS,
  isScenarioCode,
  scenarioByCode,
} from './scenarios.js';

/** product.md, Taxonomy: group → codes with their Chinese names. */
const PRODUCT_MD: Record<string, Record<string, string>> = {
  product_lifecycle: {
    product_design: '产品设计',
    process_design: '工艺设计',
    marketing: '营销管理',
    after_sales: '售后服务',
  },
  production: {
    planning_scheduling: '计划排程',
    production_control: '生产管控',
    quality: '质量管理',
    equipment: '设备管理',
    safety: '安全生产',
    energy: '能耗管理',
  },
  supply_chain: { procurement: '采购管理', warehouse_logistics: '仓储物流' },
  management: {
    finance: '财务管理',
    hr: '人力资源',
    collaboration: '协同办公',
    decision_support: '决策支持',
  },
  foundations: {
    network: '网络建设',
    device_connectivity: '设备数字化与联网',
    cloud_it: '信息系统上云',
    cybersecurity: '网络与数据安全',
  },
  services: { consulting: '诊断咨询与规划', training: '人才培训' },
};

describe('scenarios', () => {
  it('has the 22 codes of product.md in their groups, with the Chinese names of product.md', () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const scenario of SCENARIOS) {
      actual[scenario.group] = { ...actual[scenario.group], [scenario.code]: scenario.nameZh };
    }
    expect(actual).toEqual(PRODUCT_MD);
    expect(SCENARIO_CODES).toHaveLength(22);
    expect(SCENARIOS.map((scenario) => scenario.code)).toEqual([...SCENARIO_CODES]);
  });

  it('lists scenarios group by group in the order of the groups', () => {
    const groupOrder = SCENARIOS.map((scenario) => SCENARIO_GROUP_CODES.indexOf(scenario.group));
    expect(groupOrder).toEqual([...groupOrder].sort((a, b) => a - b));
  });

  it('gives every scenario a bilingual name and one-sentence description', () => {
    for (const scenario of SCENARIOS) {
      expect(scenario.nameEn).toMatch(/^[A-Z]/);
      expect(scenario.descriptionZh).toMatch(/^[^。]+。$/);
      expect(scenario.descriptionEn).toMatch(/^[A-Z][^.]+\.$/);
    }
    expect(scenarioByCode('production_control')?.nameEn).toBe('Production control');
  });

  it('names the six groups in both languages', () => {
    expect(SCENARIO_GROUPS.map((group) => group.code)).toEqual([...SCENARIO_GROUP_CODES]);
    expect(SCENARIO_GROUPS.find((group) => group.code === 'production')).toMatchObject({
      nameZh: '生产执行',
      nameEn: 'Production execution',
    });
    for (const group of SCENARIO_GROUPS) {
      expect(group.nameZh).toBe(
        {
          product_lifecycle: '产品生命周期',
          production: '生产执行',
          supply_chain: '供应链',
          management: '管理决策',
          foundations: '数字化基础',
          services: '转型服务',
        }[group.code],
      );
      expect(group.nameEn.length).toBeGreaterThan(0);
    }
  });

  it('assesses exactly the 16 scenarios of the first four groups', () => {
    const firstFour = Object.keys(PRODUCT_MD.product_lifecycle)
      .concat(Object.keys(PRODUCT_MD.production))
      .concat(Object.keys(PRODUCT_MD.supply_chain))
      .concat(Object.keys(PRODUCT_MD.management));
    expect([...ASSESSED_SCENARIO_CODES]).toEqual(firstFour);
    expect(SCENARIOS.filter((s) => s.assessed).map((s) => s.code)).toEqual(firstFour);
    const assessedGroups = SCENARIO_GROUPS.filter((g) => g.assessed).map((g) => g.code);
    expect(assessedGroups).toEqual([
      'product_lifecycle',
      'production',
      'supply_chain',
      'management',
    ]);
  });

  it('marks the ten constraint scenarios', () => {
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
    expect([...CONSTRAINT_SCENARIO_CODES]).toEqual(expected);
    expect(SCENARIOS.filter((s) => s.constraint).map((s) => s.code)).toEqual(expected);
    expect(SCENARIOS.filter((s) => s.constraint && !s.assessed)).toEqual([]);
  });

  describe('guards', () => {
    it('isScenarioCode accepts the 22 codes and nothing else', () => {
      for (const code of SCENARIO_CODES) expect(isScenarioCode(code)).toBe(true);
      for (const code of ['', 'Quality', 'production', 'na', 'toString', 'quality ']) {
        expect(isScenarioCode(code)).toBe(false);
      }
    });

    it('scenarioByCode returns undefined for an unknown code', () => {
      expect(scenarioByCode('unknown')).toBeUndefined();
    });
  });
});
