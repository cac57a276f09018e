import { describe, expect, it } from '@jest/globals';
import type { DashboardOverview } from '@toolbox/contracts';
import {
  csvQuery,
  filenameFrom,
  filtersFrom,
  funnelChartOption,
  heatCells,
  industryChartOption,
  isEmptyOverview,
  levelChartOption,
  programmeChartOption,
  scenarioHeatmapOption,
  yuan,
} from './dashboard-data';

const VIEW: DashboardOverview = {
  filter: { region: '330000', industry: null },
  smes: 7,
  assessed: 5,
  levels: { '0': 1, '1': 2, '2': 1, '3': 1, '4': 0 },
  byIndustry: [
    { industry: 'C34', smes: 5, levels: { '0': 1, '1': 2, '2': 0, '3': 1, '4': 0 } },
    { industry: 'C17', smes: 2, levels: { '0': 0, '1': 0, '2': 1, '3': 0, '4': 0 } },
  ],
  scenarios: [
    { scenario: 'quality', smesWeak: 4, smesNeeding: 2, offeringsServing: 10 },
    { scenario: 'energy', smesWeak: 2, smesNeeding: 0, offeringsServing: 5 },
    { scenario: 'hr', smesWeak: 0, smesNeeding: 0, offeringsServing: 0 },
  ],
  funnel: { inquiries: 9, trials: 4, won: 1 },
  programmes: [
    {
      id: 'p1',
      name: '中小企业数字化改造补贴',
      budgetCents: 50_000_000,
      committedCents: 1_234_567,
    },
  ],
};

const series = (option: { series?: unknown }) => option.series as Record<string, unknown>[];

describe('dashboard filters and CSV', () => {
  it('reads filters from URL parameters, dropping empty ones', () => {
    const params = new URLSearchParams('region=330100&industry=');
    expect(filtersFrom((k) => params.get(k))).toEqual({ region: '330100' });
    expect(filtersFrom(() => '')).toEqual({});
  });

  it('asks the CSV for exactly the shown filters, in the UI language', () => {
    expect(csvQuery({ region: '330000', industry: 'C34' }, 'en')).toEqual({
      region: '330000',
      industry: 'C34',
      lang: 'en',
    });
    expect(csvQuery({}, 'zh-CN')).toEqual({ lang: 'zh-CN' });
  });

  it('takes the server filename from Content-Disposition, else the fallback', () => {
    expect(
      filenameFrom('attachment; filename="dashboard-330000-all-2026-12-02.csv"', 'x.csv'),
    ).toBe('dashboard-330000-all-2026-12-02.csv');
    expect(filenameFrom(null, 'x.csv')).toBe('x.csv');
  });

  it('is empty only without firms, leads, programmes and offerings', () => {
    expect(isEmptyOverview(VIEW)).toBe(false);
    const none: DashboardOverview = {
      ...VIEW,
      smes: 0,
      assessed: 0,
      funnel: { inquiries: 0, trials: 0, won: 0 },
      programmes: [],
      scenarios: VIEW.scenarios.map((s) => ({ ...s, offeringsServing: 0 })),
    };
    expect(isEmptyOverview(none)).toBe(true);
    expect(
      isEmptyOverview({ ...none, scenarios: [{ ...VIEW.scenarios[0], offeringsServing: 1 }] }),
    ).toBe(false);
  });
});

describe('dashboard chart options', () => {
  it('draws one bar per level 0–4 with the assessed counts', () => {
    const option = levelChartOption(VIEW, (k) => `L${k}`);
    expect(option.xAxis).toMatchObject({ data: ['L0', 'L1', 'L2', 'L3', 'L4'] });
    const data = series(option)[0]?.data as { value: number }[];
    expect(data.map((d) => d.value)).toEqual([1, 2, 1, 1, 0]);
  });

  it('stacks each industry’s levels, one series per level, industries in the answer’s order', () => {
    const option = industryChartOption(VIEW.byIndustry, {
      industry: (c) => `#${c}`,
      level: (k) => `L${k}`,
    });
    expect(option.yAxis).toMatchObject({ data: ['#C34', '#C17'], inverse: true });
    const s = series(option);
    expect(s.map((x) => x.name)).toEqual(['L0', 'L1', 'L2', 'L3', 'L4']);
    expect(s.every((x) => x.stack === 'levels')).toBe(true);
    expect(s.map((x) => x.data)).toEqual([
      [1, 0],
      [2, 0],
      [0, 1],
      [1, 0],
      [0, 0],
    ]);
  });

  it('colours heat-map cells relative to their column and labels them with raw counts', () => {
    const cells = heatCells(VIEW.scenarios);
    const cell = (scenario: string, measure: string) =>
      cells.find((c) => c.scenario === scenario && c.measure === measure);
    expect(cell('quality', 'smesWeak')).toMatchObject({ value: 4, intensity: 1 });
    expect(cell('energy', 'smesWeak')).toMatchObject({ value: 2, intensity: 0.5 });
    expect(cell('energy', 'offeringsServing')).toMatchObject({ value: 5, intensity: 0.5 });
    // An all-zero column stays blank rather than dividing by zero.
    expect(cell('energy', 'smesNeeding')).toMatchObject({ value: 0, intensity: 0 });
    expect(cell('hr', 'offeringsServing')).toMatchObject({ value: 0, intensity: 0 });

    const option = scenarioHeatmapOption(VIEW.scenarios, {
      scenario: (c) => c.toUpperCase(),
      measure: (m) => m,
    });
    expect(option.yAxis).toMatchObject({ data: ['QUALITY', 'ENERGY', 'HR'] });
    expect(option.xAxis).toMatchObject({
      data: ['smesWeak', 'smesNeeding', 'offeringsServing'],
    });
    const data = series(option)[0]?.data as {
      value: [number, number, number];
      label: { formatter: string };
    }[];
    expect(data).toHaveLength(9);
    expect(data[2]).toEqual({ value: [2, 0, 1], label: { show: true, formatter: '10' } });
    expect(data[3]).toEqual({ value: [0, 1, 0.5], label: { show: true, formatter: '2' } });
  });

  it('draws the funnel inquiries → trials → won from the top', () => {
    const option = funnelChartOption(VIEW.funnel, (s) => s);
    expect(option.yAxis).toMatchObject({ data: ['inquiries', 'trials', 'won'], inverse: true });
    expect(series(option)[0]?.data).toEqual([9, 4, 1]);
  });

  it('draws budget against committed per programme in yuan, exactly', () => {
    expect(yuan(1_234_567)).toBe(12345.67);
    const option = programmeChartOption(VIEW.programmes, { budget: 'B', committed: 'C' });
    expect(series(option).map((s) => [s.name, s.data])).toEqual([
      ['B', [500000]],
      ['C', [12345.67]],
    ]);
  });
});
