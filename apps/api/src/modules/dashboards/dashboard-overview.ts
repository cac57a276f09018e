import {
  DASHBOARD_LEVEL_KEYS,
  type DashboardFunnel,
  type DashboardLevels,
  type DashboardOverview,
  type DashboardProgrammeRow,
} from '@toolbox/contracts';
import { SCENARIO_CODES } from '@toolbox/domain';
import type { IndustryLevelCounts, ScenarioDemandCounts } from '../smes/index.js';

/** The figures the dashboard service reads from the other modules' ports. */
export interface OverviewParts {
  filter: { region: string | null; industry: string | null };
  industries: readonly IndustryLevelCounts[];
  demand: ScenarioDemandCounts;
  serving: Readonly<Record<string, number>>;
  funnel: DashboardFunnel;
  programmes: readonly DashboardProgrammeRow[];
}

function toLevels(counts: readonly number[]): DashboardLevels {
  return {
    '0': counts[0] ?? 0,
    '1': counts[1] ?? 0,
    '2': counts[2] ?? 0,
    '3': counts[3] ?? 0,
    '4': counts[4] ?? 0,
  };
}

/**
 * Builds the overview from grouped counts (a handful of rows, never one per SME): totals are
 * the sums of the per-industry groups, so `smes`, `assessed` and `levels` always agree with
 * `byIndustry`. Industries are listed by SMEs (most first), then code; scenarios are all 22 in
 * taxonomy order, zeros included, so every chart has the same rows.
 */
export function assembleOverview(parts: OverviewParts): DashboardOverview {
  const total = [0, 0, 0, 0, 0];
  let smes = 0;
  for (const row of parts.industries) {
    smes += row.smes;
    row.levels.forEach((n, level) => (total[level] = (total[level] ?? 0) + n));
  }
  const levels = toLevels(total);
  const assessed = DASHBOARD_LEVEL_KEYS.reduce((sum, key) => sum + levels[key], 0);
  return {
    filter: parts.filter,
    smes,
    assessed,
    levels,
    byIndustry: [...parts.industries]
      .sort((a, b) => b.smes - a.smes || a.industry.localeCompare(b.industry))
      .map((row) => ({ industry: row.industry, smes: row.smes, levels: toLevels(row.levels) })),
    scenarios: SCENARIO_CODES.map((scenario) => ({
      scenario,
      smesWeak: parts.demand.weak[scenario] ?? 0,
      smesNeeding: parts.demand.needing[scenario] ?? 0,
      offeringsServing: parts.serving[scenario] ?? 0,
    })),
    funnel: parts.funnel,
    programmes: [...parts.programmes],
  };
}
