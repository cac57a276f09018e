import { formatCny, type MoneyLocale } from '@toolbox/domain';

/** What a budget bar shows: the committed share, exact remaining money and the state. */
export interface BudgetShare {
  /** Committed ÷ budget in percent, 0–100 with one decimal (never 100 while money remains). */
  committedPercent: number;
  remainingCents: number;
  /** `exhausted` at 0 remaining; `low` under 10 % left; otherwise `ok`. */
  state: 'ok' | 'low' | 'exhausted';
}

/**
 * The budget bar of a programme: what share of `budgetCents` is committed, rounded down to one
 * decimal so a bar reads 100 % only when nothing is left; a committed total over the budget (which the
 * API never allows) is shown as full.
 */
export function budgetShare(budgetCents: number, committedCents: number): BudgetShare {
  const committed = Math.max(0, committedCents);
  const remainingCents = Math.max(0, budgetCents - committed);
  if (budgetCents <= 0 || remainingCents === 0) {
    return { committedPercent: 100, remainingCents: 0, state: 'exhausted' };
  }
  // Integer arithmetic in tenths of a percent: floor(committed × 1000 / budget) / 10.
  const tenths = Math.min(999, Math.floor((committed * 1000) / budgetCents));
  return {
    committedPercent: tenths / 10,
    remainingCents,
    state: remainingCents * 10 < budgetCents ? 'low' : 'ok',
  };
}

/** Fen as "¥1,234.50" (two decimals, thousands separators); null or not a whole number as "—". */
export function moneyText(cents: number | null | undefined, locale: MoneyLocale): string {
  if (cents === null || cents === undefined || !Number.isSafeInteger(cents)) return '—';
  return formatCny(cents, locale);
}

/** Whether `now` lies in the programme's window `opensAt ≤ now < closesAt`. */
export function windowState(
  window: { opensAt: string; closesAt: string },
  now: Date,
): 'upcoming' | 'open' | 'ended' {
  const at = now.getTime();
  if (at < new Date(window.opensAt).getTime()) return 'upcoming';
  if (at >= new Date(window.closesAt).getTime()) return 'ended';
  return 'open';
}
