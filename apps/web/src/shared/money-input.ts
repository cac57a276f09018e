import { OFFERING_LIMITS } from '@toolbox/domain';

/**
 * Money typed by people, converted to integer fen exactly: the text is parsed digit by digit,
 * never through a float, so "19.99" is 1999 fen and "0.1" 万元 is 100000 fen.
 */

/** The unit an amount is typed in: yuan (元) or ten thousand yuan (万元). */
export type AmountUnit = 'yuan' | 'wan';

/** How many decimal places of each unit are still whole fen. */
const FEN_DECIMALS: Record<AmountUnit, number> = { yuan: 2, wan: 6 };

export type AmountProblem = 'format' | 'precision' | 'tooLarge';

export type ParsedAmount =
  { ok: true; cents: number | null } | { ok: false; problem: AmountProblem };

/**
 * "1,234.5" yuan → 123450 fen. Empty text is `cents: null` (nothing entered). Thousands separators
 * and surrounding spaces are allowed; signs, exponents and more decimals than whole fen are not
 * (`precision`), except trailing zeros.
 */
export function parseAmount(text: string, unit: AmountUnit): ParsedAmount {
  const cleaned = text.trim().replace(/[,，\s]/g, '');
  if (cleaned === '') return { ok: true, cents: null };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (!match || (whole === '' && fraction === '')) return { ok: false, problem: 'format' };
  const decimals = FEN_DECIMALS[unit];
  if (/[1-9]/.test(fraction.slice(decimals))) return { ok: false, problem: 'precision' };
  const digits = `${whole}${fraction.slice(0, decimals).padEnd(decimals, '0')}`;
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, cents };
}

/** 123450 fen → "1234.5" (yuan) or "0.12345" (万元): exact, without trailing zeros. */
export function formatAmount(cents: number, unit: AmountUnit): string {
  if (!Number.isSafeInteger(cents) || cents < 0) {
    throw new RangeError(`cents must be a non-negative integer, got ${cents}`);
  }
  const decimals = FEN_DECIMALS[unit];
  const digits = String(cents).padStart(decimals + 1, '0');
  const whole = digits.slice(0, -decimals);
  const fraction = digits.slice(-decimals).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/** What a price typed in yuan may look like: digits, optionally `.` and up to two decimals. */
const YUAN_PATTERN = /^\d+(?:\.\d{0,2})?$/;

/**
 * Parses a price typed in yuan ("99", "99.9", "1,299.00", "¥ 12.5") into integer fen, exactly
 * (through {@link parseAmount}). Returns null for anything that is not a non-negative amount with
 * at most two decimals, or is above the offering price limit.
 */
export function parseYuanToCents(input: string): number | null {
  const cleaned = input
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/,/g, '');
  if (!YUAN_PATTERN.test(cleaned)) return null;
  const parsed = parseAmount(cleaned, 'yuan');
  if (!parsed.ok || parsed.cents === null || parsed.cents > OFFERING_LIMITS.priceCentsMax) {
    return null;
  }
  return parsed.cents;
}

/** Integer fen as the yuan string a price field shows ("9900" → "99.00"). */
export function centsToYuanInput(cents: number): string {
  const digits = Math.abs(Math.trunc(cents)).toString().padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
