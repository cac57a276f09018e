import type { DemandInsightView } from '@toolbox/contracts';
import type { EChartOption } from '../../shared/ui';

type DemandGroup = DemandInsightView['groups'][number];

/** A row of the demand table: counts, or `suppressed` (fewer than 5 firms) with none at all. */
export type DemandRow =
  | {
      scenario: string;
      suppressed: false;
      smesNeeding: number;
      smesWeak: number;
      avgPriority: number | null;
      offeringsServing: number;
    }
  | { scenario: string; suppressed: true };

export function demandRows(groups: readonly DemandGroup[]): DemandRow[] {
  return groups.map((group) =>
    'suppressed' in group
      ? { scenario: group.scenario, suppressed: true }
      : {
          scenario: group.scenario,
          suppressed: false,
          smesNeeding: group.smesNeeding,
          smesWeak: group.smesWeak,
          avgPriority: group.avgPriority,
          offeringsServing: group.offeringsServing,
        },
  );
}

export const DEMAND_SERIES = ['smesNeeding', 'smesWeak', 'offeringsServing'] as const;
export type DemandSeries = (typeof DEMAND_SERIES)[number];

export interface DemandChartLabels {
  scenario: (code: string) => string;
  series: (series: DemandSeries) => string;
  /** A suppressed scenario's axis label, e.g. "技能培训（样本不足）". */
  suppressedCategory: (scenarioName: string) => string;
}

/** Chart height for `rows` scenarios: room for three bars each. */
export function demandChartHeight(rows: number): number {
  return Math.max(240, rows * 40 + 72);
}

/**
 * Grouped horizontal bars per scenario, in the answer's order from the top. A suppressed scenario
 * keeps its place on the axis, marked as too few firms, with no bars (`null`, never 0: zero would
 * claim nobody needs it).
 */
export function demandChartOption(
  rows: readonly DemandRow[],
  labels: DemandChartLabels,
): EChartOption {
  const categories = rows.map((row) =>
    row.suppressed
      ? labels.suppressedCategory(labels.scenario(row.scenario))
      : labels.scenario(row.scenario),
  );
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, position: 'top' },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { interval: 0 } },
    series: DEMAND_SERIES.map((series) => ({
      type: 'bar' as const,
      name: labels.series(series),
      barMaxWidth: 10,
      data: rows.map((row) => (row.suppressed ? null : row[series])),
    })),
  };
}
