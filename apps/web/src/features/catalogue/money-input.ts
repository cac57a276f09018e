import { OFFERING_LIMITS } from '@toolbox/domain';

/** What a price typed in yuan may look like: digits, optionally `.` and up to two decimals. */
const YUAN_PATTERN = /^(\d+)(?:\.(\d{0,2}))?$/;

/**
 * Parses a price typed in yuan ("99", "99.9", "1,299.00", "¥ 12.5") into integer fen, exactly —
 * from the digits of the string, never through floating-point arithmetic. Returns null for
 * anything that is not a non-negative amount with at most two decimals, or is above the limit.
 */
export function parseYuanToCents(input: string): number | null {
  const cleaned = input
    .trim()
    .replace(/^[¥￥]\s*/, '')
    .replace(/,/g, '');
  const match = YUAN_PATTERN.exec(cleaned);
  if (!match) return null;
  const yuan = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fen = (match[2] ?? '').padEnd(2, '0');
  // Longer than the limit's digits cannot be within it (and might not be a safe integer).
  if (yuan.length > String(OFFERING_LIMITS.priceCentsMax).length) return null;
  const cents = Number(yuan) * 100 + Number(fen);
  if (!Number.isSafeInteger(cents) || cents > OFFERING_LIMITS.priceCentsMax) return null;
  return cents;
}

/** Integer fen as the yuan string a price field shows ("9900" → "99.00"). */
export function centsToYuanInput(cents: number): string {
  const digits = Math.abs(Math.trunc(cents)).toString().padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
