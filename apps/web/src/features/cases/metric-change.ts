import type { CaseMetricCode } from '@toolbox/contracts/constants';
import type { TFunction } from 'i18next';
import type { Language } from '../../lib';

/**
 * Every case metric code the API accepts (`CASE_METRIC_CODES`: a new code is a compile error
 * here until it has a direction), with the direction that counts as better and its unit.
 */
export const CASE_METRICS = {
  on_time_delivery_pct: { better: 'higher', unit: 'pct' },
  defect_rate_pct: { better: 'lower', unit: 'pct' },
  lead_time_days: { better: 'lower', unit: 'days' },
  inventory_days: { better: 'lower', unit: 'days' },
  equipment_utilisation_pct: { better: 'higher', unit: 'pct' },
  energy_per_output: { better: 'lower', unit: 'index' },
  labour_hours_per_output: { better: 'lower', unit: 'hours' },
  data_entry_hours_per_week: { better: 'lower', unit: 'hoursPerWeek' },
} as const satisfies Record<CaseMetricCode, { better: 'higher' | 'lower'; unit: MetricUnit }>;

export type MetricUnit = 'pct' | 'days' | 'hours' | 'hoursPerWeek' | 'index';
export type KnownMetricCode = keyof typeof CASE_METRICS;

export const METRIC_CODE_LIST = Object.keys(CASE_METRICS) as KnownMetricCode[];

export function isKnownMetricCode(code: string): code is KnownMetricCode {
  return Object.hasOwn(CASE_METRICS, code);
}

/** Whether a smaller number is the improvement (defect rate, lead time, energy, hours …). */
export function lowerIsBetter(code: string): boolean {
  return isKnownMetricCode(code) && CASE_METRICS[code].better === 'lower';
}

export function metricUnit(code: string): MetricUnit {
  return isKnownMetricCode(code) ? CASE_METRICS[code].unit : 'index';
}

/** The direction the number moved. */
export type MetricDirection = 'up' | 'down' | 'flat';
/** Whether that move is good for the firm: green, red, or neither. */
export type MetricTone = 'better' | 'worse' | 'neutral';

export interface MetricChange {
  code: string;
  before: number;
  after: number;
  /** `after − before`, rounded to 2 decimals (so 2.5 → 1.2 is −1.3, not −1.2999…). */
  delta: number;
  direction: MetricDirection;
  tone: MetricTone;
  /** The change relative to `before` in percent, rounded to 1 decimal; null when before is 0. */
  relativePct: number | null;
  unit: MetricUnit;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** How a metric moved from `before` to `after`, and whether that is an improvement for its code. */
export function metricChange(metric: {
  code: string;
  before: number;
  after: number;
}): MetricChange {
  const { code, before, after } = metric;
  const delta = round(after - before, 2);
  const direction: MetricDirection = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const lower = lowerIsBetter(code);
  const tone: MetricTone =
    direction === 'flat' ? 'neutral' : (direction === 'down') === lower ? 'better' : 'worse';
  const relativePct = before === 0 ? null : round(((after - before) / Math.abs(before)) * 100, 1);
  return { code, before, after, delta, direction, tone, relativePct, unit: metricUnit(code) };
}

/** A metric's number as people write it: at most 2 decimals, grouped ("1,200", "0.8"). */
export function formatMetricNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(round(value, 2));
}

/** A metric value with its unit: "82%", "12 天", "3.5 小时/周". */
export function formatMetricValue(
  code: string,
  value: number,
  t: TFunction,
  language: Language,
): string {
  const n = formatMetricNumber(value, language);
  switch (metricUnit(code)) {
    case 'pct':
      return t('cases.units.pct', { n });
    case 'days':
      return t('cases.units.days', { n, count: value });
    case 'hours':
      return t('cases.units.hours', { n, count: value });
    case 'hoursPerWeek':
      return t('cases.units.hoursPerWeek', { n, count: value });
    case 'index':
      return n;
  }
}

const ARROW: Record<MetricDirection, string> = { up: '↑', down: '↓', flat: '→' };

/**
 * The change as a short phrase: percentages move in percentage points ("↑13 个百分点"), other
 * metrics by their unit with the relative change ("↓12 天（−40%）"); no change is "持平".
 */
export function formatMetricChange(change: MetricChange, t: TFunction, language: Language): string {
  if (change.direction === 'flat') return t('cases.change.flat');
  const amount = Math.abs(change.delta);
  const arrow = ARROW[change.direction];
  if (change.unit === 'pct') {
    return t('cases.change.points', { arrow, n: formatMetricNumber(amount, language) });
  }
  const value = formatMetricValue(change.code, amount, t, language);
  if (change.relativePct === null) return `${arrow}${value}`;
  const relative = new Intl.NumberFormat(language, {
    maximumFractionDigits: 1,
    signDisplay: 'always',
  })
    .format(change.relativePct)
    .replace('-', '−');
  return t('cases.change.withRelative', { arrow, value, relative });
}

/** The whole change in words, for screen readers: "准时交付率从 82% 提升到 95%，改善". */
export function describeMetricChange(
  change: MetricChange,
  name: string,
  t: TFunction,
  language: Language,
): string {
  const from = formatMetricValue(change.code, change.before, t, language);
  const to = formatMetricValue(change.code, change.after, t, language);
  const tone =
    change.tone === 'better'
      ? t('cases.change.better')
      : change.tone === 'worse'
        ? t('cases.change.worse')
        : t('cases.change.flat');
  return t('cases.change.sentence', { name, from, to, tone });
}
