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
