/**
 * The case library (api-v1.md "Public programmes", `cases` lines): values only, no decorators, so
 * the web imports them through `@toolbox/contracts/constants`.
 */

/** The before/after figures a case may report (api-v1.md "Case metric codes"). */
export const CASE_METRIC_CODES = [
  'on_time_delivery_pct',
  'defect_rate_pct',
  'lead_time_days',
  'inventory_days',
  'equipment_utilisation_pct',
  'energy_per_output',
  'labour_hours_per_output',
  'data_entry_hours_per_week',
] as const;
export type CaseMetricCode = (typeof CASE_METRIC_CODES)[number];

export function isCaseMetricCode(value: unknown): value is CaseMetricCode {
  return typeof value === 'string' && (CASE_METRIC_CODES as readonly string[]).includes(value);
}

/** draft → pending (submit) → published (approve) | rejected (reject); rejected → pending again. */
export const CASE_STATUSES = ['draft', 'pending', 'published', 'rejected'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_LIMITS = {
  titleMax: 120,
  storyMax: 8000,
  scenariosMax: 22,
  offeringIdsMin: 1,
  offeringIdsMax: 5,
  metricsMax: 8,
  /** The largest absolute metric figure accepted (before or after). */
  metricAbsMax: 1_000_000_000,
  reasonMax: 500,
  /** `GET /api/cases/for-me?limit=`: default and maximum. */
  forMeLimitDefault: 6,
  forMeLimitMax: 50,
} as const;
