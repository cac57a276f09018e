import { IsIn, IsOptional } from 'class-validator';
import { IsIndustryCode, IsRegionCode } from '../common/validators.js';
import {
  DASHBOARD_CSV_LANGS,
  type DashboardCsvLang,
  type DashboardLevelKey,
} from './dashboard.values.js';

/**
 * `GET /api/dashboards/overview?region=&industry=`: both optional. No region = the gov account's
 * own region, or the whole country for an admin.
 */
export class DashboardQuery {
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @IsIndustryCode()
  industry?: string;
}

/** `GET /api/dashboards/overview.csv`: the same filters and the language of titles and headers. */
export class DashboardCsvQuery extends DashboardQuery {
  @IsOptional()
  @IsIn(DASHBOARD_CSV_LANGS)
  lang?: DashboardCsvLang;
}

/** Assessed SMEs per digital level (the newest assessment's level); sums to `assessed`. */
export type DashboardLevels = Record<DashboardLevelKey, number>;

export interface DashboardIndustryRow {
  industry: string;
  /** SMEs of the industry in the region, assessed or not. */
  smes: number;
  /** Assessed SMEs of the industry per level. */
  levels: DashboardLevels;
}

export interface DashboardScenarioRow {
  scenario: string;
  /** Assessed SMEs whose newest assessment lists the scenario as weak. */
  smesWeak: number;
  /** SMEs that list the scenario in their needs. */
  smesNeeding: number;
  /** Published offerings listing the scenario that serve the region (and fit the industry). */
  offeringsServing: number;
}

export interface DashboardFunnel {
  /** Inquiries (any kind, any status) written by SMEs in the region. */
  inquiries: number;
  /** Of those, the ones that reached `trialing`. */
  trials: number;
  /** Of those, the ones that are `won`. */
  won: number;
}

export interface DashboardProgrammeRow {
  id: string;
  name: string;
  budgetCents: number;
  committedCents: number;
}

/** `GET /api/dashboards/overview` (docs/dashboards.md defines every figure). */
export interface DashboardOverview {
  /** The filters the figures were computed for: the effective region (null = whole country). */
  filter: { region: string | null; industry: string | null };
  smes: number;
  assessed: number;
  levels: DashboardLevels;
  byIndustry: DashboardIndustryRow[];
  scenarios: DashboardScenarioRow[];
  funnel: DashboardFunnel;
  programmes: DashboardProgrammeRow[];
}
