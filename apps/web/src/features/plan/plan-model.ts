import { canMovePlanItem, PLAN_PHASES, PLAN_STATUSES } from '@toolbox/domain';
import type { Language } from '../../lib';
import type { PlanItem, PlanPhase, PlanStatus } from './api/types';

export type BoardGrouping = 'phase' | 'status';

export interface BoardColumn<K extends string = string> {
  key: K;
  items: PlanItem[];
}

/** Most urgent first: priority (5 first), then the nearest target date, then the oldest. */
export function compareItems(a: PlanItem, b: PlanItem): number {
  return (
    b.priority - a.priority ||
    (a.targetDate ?? '9999-12-31').localeCompare(b.targetDate ?? '9999-12-31') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/**
 * The board's columns: by phase (now / next / later; dropped items only when asked for) or by
 * status (planned → trial → adopted → reviewed, dropped last). Items sorted by urgency.
 */
export function boardColumns(
  items: readonly PlanItem[],
  grouping: BoardGrouping,
  showDropped: boolean,
): BoardColumn[] {
  const visible = items.filter((item) => showDropped || item.status !== 'dropped');
  const keys: readonly string[] =
    grouping === 'phase'
      ? PLAN_PHASES
      : PLAN_STATUSES.filter((status) => showDropped || status !== 'dropped');
  return keys.map((key) => ({
    key,
    items: visible
      .filter((item) => (grouping === 'phase' ? item.phase : item.status) === key)
      .sort(compareItems),
  }));
}

/** The statuses an item may move to from its current one (the API's transition rules). */
export function nextStatuses(status: PlanStatus): PlanStatus[] {
  return PLAN_STATUSES.filter((to) => to !== status && canMovePlanItem(status, to));
}

/** The neighbouring phase (earlier = -1, later = +1), or undefined at either end. */
export function adjacentPhase(phase: PlanPhase, direction: -1 | 1): PlanPhase | undefined {
  return PLAN_PHASES[PLAN_PHASES.indexOf(phase) + direction];
}

/** What the card is called: the offering's title (English when there is one) or the free text. */
export function itemTitle(item: PlanItem, language: Language): string {
  if (item.offering) {
    return language === 'en' && item.offering.titleEn ? item.offering.titleEn : item.offering.title;
  }
  return item.title;
}

/** A still-open item whose target date (YYYY-MM-DD) has passed. */
export function isOverdue(item: PlanItem, today: string): boolean {
  return (
    item.targetDate !== null &&
    item.targetDate < today &&
    (item.status === 'planned' || item.status === 'trial')
  );
}

/** Today as YYYY-MM-DD in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
