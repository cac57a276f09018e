import { describe, expect, it } from '@jest/globals';
import { SCENARIO_GROUPS, SCENARIOS } from '@toolbox/domain';
import { scenarioGroupOptions } from './taxonomy';

describe('scenarioGroupOptions', () => {
  it('lists every scenario once, under its group, in the groups’ order and the UI language', () => {
    const zh = scenarioGroupOptions('zh-CN');
    expect(zh.map((g) => g.label)).toEqual(SCENARIO_GROUPS.map((g) => g.nameZh));
    expect(zh.map((g) => g.title)).toEqual(zh.map((g) => g.label));
    expect(zh.flatMap((g) => g.options.map((o) => o.value)).sort()).toEqual(
      SCENARIOS.map((s) => s.code).sort(),
    );
    const energy = SCENARIOS.find((s) => s.code === 'energy');
    const en = scenarioGroupOptions('en').flatMap((g) => g.options);
    expect(en.find((o) => o.value === 'energy')?.label).toBe(energy?.nameEn);
  });
});
