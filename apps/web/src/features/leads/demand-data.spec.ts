import { describe, expect, it } from '@jest/globals';
import type { DemandInsightView } from '@toolbox/contracts';
import { demandChartHeight, demandChartOption, demandRows } from './demand-data';

const GROUPS: DemandInsightView['groups'] = [
  {
    scenario: 'quality',
    smesNeeding: 12,
    smesWeak: 7,
    avgPriority: 4.2,
    offeringsServing: 3,
  },
  { scenario: 'energy', suppressed: true },
];

describe('demand insight mapping', () => {
  it('keeps counts, and marks a suppressed group without any counts', () => {
    const rows = demandRows(GROUPS);
    expect(rows[0]).toEqual({
      scenario: 'quality',
      suppressed: false,
      smesNeeding: 12,
      smesWeak: 7,
      avgPriority: 4.2,
      offeringsServing: 3,
    });
    expect(rows[1]).toEqual({ scenario: 'energy', suppressed: true });
  });

  it('charts a suppressed group as "too few firms" with no bars — never as zeros', () => {
    const option = demandChartOption(demandRows(GROUPS), {
      scenario: (code) => (code === 'quality' ? '质量管控' : '能源管理'),
      series: (series) => series,
      suppressedCategory: (name) => `${name}（样本不足）`,
    });
    expect(option.yAxis).toMatchObject({ data: ['质量管控', '能源管理（样本不足）'] });
    const series = option.series as { name: string; data: (number | null)[] }[];
    expect(series.map((s) => s.name)).toEqual(['smesNeeding', 'smesWeak', 'offeringsServing']);
    expect(series.map((s) => s.data)).toEqual([
      [12, null],
      [7, null],
      [3, null],
    ]);
    expect(series.flatMap((s) => s.data)).not.toContain(0);
  });

  it('gives every scenario room in the chart', () => {
    expect(demandChartHeight(1)).toBe(240);
    expect(demandChartHeight(22)).toBe(22 * 40 + 72);
  });
});
