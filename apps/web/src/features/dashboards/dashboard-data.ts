import type { DashboardOverview } from '@toolbox/contracts';
import { DASHBOARD_LEVEL_KEYS, type DashboardLevelKey } from '@toolbox/contracts/constants';
import type { EChartOption } from '../../shared/ui';

export const LEVEL_KEYS = DASHBOARD_LEVEL_KEYS;
export type LevelKey = DashboardLevelKey;

/** The heat map's columns: the scenario's demand (weak, needing) against its supply. */
export const SCENARIO_MEASURES = ['smesWeak', 'smesNeeding', 'offeringsServing'] as const;
export type ScenarioMeasure = (typeof SCENARIO_MEASURES)[number];

export const FUNNEL_STAGES = ['inquiries', 'trials', 'won'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Colours of levels 0–4 (light to dark: further along in digitalisation). */
export const LEVEL_COLORS: Readonly<Record<LevelKey, string>> = {
  '0': '#d9d9d9',
  '1': '#bae0ff',
  '2': '#69b1ff',
  '3': '#1677ff',
  '4': '#003eb3',
};

/** Filters as the API takes them: absent = default (own region / whole country; all industries). */
export interface DashboardFilters {
  region?: string;
  industry?: string;
}

/** Filters from the page's URL parameters (empty strings mean "not set"). */
export function filtersFrom(get: (key: string) => string | null): DashboardFilters {
  const region = get('region') || undefined;
  const industry = get('industry') || undefined;
  return {
    ...(region !== undefined ? { region } : {}),
    ...(industry !== undefined ? { industry } : {}),
  };
}

/** The CSV's query: exactly the shown figures' filters, headers in the UI language. */
export function csvQuery(
  filters: DashboardFilters,
  language: 'zh-CN' | 'en',
): Record<string, string> {
  return { ...filters, lang: language };
}

/** True when nothing at all is there to chart (no SMEs, no leads, no programmes). */
export function isEmptyOverview(view: DashboardOverview): boolean {
  return (
    view.smes === 0 &&
    view.funnel.inquiries === 0 &&
    view.programmes.length === 0 &&
    view.scenarios.every((s) => s.offeringsServing === 0)
  );
}

/** Bars of the level distribution: one per level 0–4 (assessed SMEs). */
export function levelChartOption(
  view: Pick<DashboardOverview, 'levels'>,
  levelLabel: (level: LevelKey) => string,
): EChartOption {
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: LEVEL_KEYS.map(levelLabel), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: LEVEL_KEYS.map((k) => ({
          value: view.levels[k],
          itemStyle: { color: LEVEL_COLORS[k] },
          label: { show: true, position: 'top' as const },
        })),
      },
    ],
  };
}

/** Height of a horizontal chart with `rows` categories. */
export function rowsChartHeight(rows: number, perRow = 32): number {
  return Math.max(200, rows * perRow + 72);
}

/**
 * Stacked horizontal bars per industry (the answer's order, most SMEs on top): one series per
 * level, so each bar is the industry's assessed SMEs split by level.
 */
export function industryChartOption(
  rows: DashboardOverview['byIndustry'],
  labels: { industry: (code: string) => string; level: (level: LevelKey) => string },
): EChartOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => labels.industry(r.industry)),
      axisLabel: { interval: 0 },
    },
    series: LEVEL_KEYS.map((k) => ({
      type: 'bar' as const,
      name: labels.level(k),
      stack: 'levels',
      barMaxWidth: 24,
      itemStyle: { color: LEVEL_COLORS[k] },
      data: rows.map((r) => r.levels[k]),
    })),
  };
}

/** One heat-map cell: the raw count and its share of the column's largest count (0–1). */
export interface HeatCell {
  measure: ScenarioMeasure;
  scenario: string;
  value: number;
  intensity: number;
}

/**
 * Scenario × measure cells. Colour is relative within each column (SMEs and offerings are
 * different units): the darkest cell of a column is its largest count; an all-zero column stays
 * blank. The label is always the raw count.
 */
export function heatCells(rows: DashboardOverview['scenarios']): HeatCell[] {
  const max = Object.fromEntries(
    SCENARIO_MEASURES.map((m) => [m, Math.max(0, ...rows.map((r) => r[m]))]),
  ) as Record<ScenarioMeasure, number>;
  return rows.flatMap((row) =>
    SCENARIO_MEASURES.map((measure) => ({
      measure,
      scenario: row.scenario,
      value: row[measure],
      intensity: max[measure] === 0 ? 0 : Math.round((row[measure] / max[measure]) * 100) / 100,
    })),
  );
}

/** The scenario heat map: scenarios down the side (taxonomy order), the three measures across. */
export function scenarioHeatmapOption(
  rows: DashboardOverview['scenarios'],
  labels: { scenario: (code: string) => string; measure: (m: ScenarioMeasure) => string },
): EChartOption {
  const index = new Map(rows.map((r, i) => [r.scenario, i]));
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { position: 'top' },
    xAxis: {
      type: 'category',
      position: 'top',
      data: SCENARIO_MEASURES.map(labels.measure),
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => labels.scenario(r.scenario)),
      axisLabel: { interval: 0 },
      splitArea: { show: true },
    },
    visualMap: {
      show: false,
      min: 0,
      max: 1,
      dimension: 2,
      inRange: { color: ['#f0f5ff', '#1d39c4'] },
    },
    series: [
      {
        type: 'heatmap',
        data: heatCells(rows).map((c) => ({
          value: [SCENARIO_MEASURES.indexOf(c.measure), index.get(c.scenario) ?? 0, c.intensity],
          label: { show: true, formatter: String(c.value) },
        })),
      },
    ],
  };
}

/** The lead funnel as horizontal bars, inquiries on top, each labelled with its count. */
export function funnelChartOption(
  funnel: DashboardOverview['funnel'],
  stageLabel: (stage: FunnelStage) => string,
): EChartOption {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: FUNNEL_STAGES.map(stageLabel) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 32,
        label: { show: true, position: 'right' },
        data: FUNNEL_STAGES.map((stage) => funnel[stage]),
      },
    ],
  };
}

/** Integer fen → yuan for charts (exact for every budget an integer can hold). */
export function yuan(cents: number): number {
  return Math.round(cents) / 100;
}

/** Budget against committed per programme (yuan), one pair of bars each, in the answer's order. */
export function programmeChartOption(
  rows: DashboardOverview['programmes'],
  labels: { budget: string; committed: string },
): EChartOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, width: 200, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.budget,
        barMaxWidth: 14,
        data: rows.map((r) => yuan(r.budgetCents)),
      },
      {
        type: 'bar',
        name: labels.committed,
        barMaxWidth: 14,
        data: rows.map((r) => yuan(r.committedCents)),
      },
    ],
  };
}

/** The Content-Disposition filename, or a fallback. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}
