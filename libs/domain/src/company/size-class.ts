/**
 * Enterprise size class (企业规模) under the industrial (工业) thresholds of the MIIT 2011
 * classification (《中小企业划型标准规定》, 工信部联企业〔2011〕300号):
 * - 中型 medium: 从业人员 300 人及以上，且营业收入 2000 万元及以上;
 * - 小型 small: 从业人员 20 人及以上，且营业收入 300 万元及以上;
 * - 微型 micro: 从业人员 20 人以下或营业收入 300 万元以下;
 * - 从业人员 1000 人以下或营业收入 40000 万元以下 are SMEs, so 大型 large needs 1000 employees
 *   or more *and* revenue of 40000 万元 or more.
 * "以下" excludes the bound, "及以上" includes it.
 */

export const SIZE_CLASS_CODES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASS_CODES)[number];

export interface SizeClassInfo {
  code: SizeClass;
  nameZh: string;
  nameEn: string;
}

/** Smallest first. */
export const SIZE_CLASSES: readonly SizeClassInfo[] = [
  { code: 'micro', nameZh: '微型企业', nameEn: 'Micro enterprise' },
  { code: 'small', nameZh: '小型企业', nameEn: 'Small enterprise' },
  { code: 'medium', nameZh: '中型企业', nameEn: 'Medium-sized enterprise' },
  { code: 'large', nameZh: '大型企业', nameEn: 'Large enterprise' },
];

export interface SizeClassThreshold {
  sizeClass: SizeClass;
  /** Employees needed at least (inclusive). */
  minEmployees: number;
  /** Annual revenue needed at least (inclusive), in fen. */
  minAnnualRevenueCents: number;
}

const WAN_YUAN_IN_FEN = 10_000 * 100;

/**
 * Industrial thresholds, largest class first: a firm belongs to the first class whose both
 * minimums it meets; the last row (micro, no minimum) catches everything else.
 */
export const INDUSTRIAL_SIZE_THRESHOLDS: readonly SizeClassThreshold[] = [
  { sizeClass: 'large', minEmployees: 1000, minAnnualRevenueCents: 40_000 * WAN_YUAN_IN_FEN },
  { sizeClass: 'medium', minEmployees: 300, minAnnualRevenueCents: 2_000 * WAN_YUAN_IN_FEN },
  { sizeClass: 'small', minEmployees: 20, minAnnualRevenueCents: 300 * WAN_YUAN_IN_FEN },
  { sizeClass: 'micro', minEmployees: 0, minAnnualRevenueCents: 0 },
];

export interface SizeClassInput {
  /** Number of employees (从业人员), a non-negative integer. */
  employees: number;
  /** Annual revenue (营业收入) in fen, a non-negative integer; optional. */
  annualRevenueCents?: number | null;
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
  }
}

/**
 * The size class of a firm from its employees and annual revenue.
 *
 * When the revenue is missing (undefined or null) the firm is classified by its employees alone,
 * as if its revenue met every threshold — so a 25-person firm without a stated revenue is
 * `small`. Throws a RangeError for negative or non-integer inputs.
 */
export function deriveSizeClass(
  input: SizeClassInput,
  thresholds: readonly SizeClassThreshold[] = INDUSTRIAL_SIZE_THRESHOLDS,
): SizeClass {
  const { employees, annualRevenueCents } = input;
  assertCount(employees, 'employees');
  const revenueKnown = annualRevenueCents !== undefined && annualRevenueCents !== null;
  if (revenueKnown) assertCount(annualRevenueCents, 'annualRevenueCents');
  const row = thresholds.find(
    (threshold) =>
      employees >= threshold.minEmployees &&
      (!revenueKnown || annualRevenueCents >= threshold.minAnnualRevenueCents),
  );
  return row?.sizeClass ?? 'micro';
}
