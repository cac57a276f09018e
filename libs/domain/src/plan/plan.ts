import { monthlyEquivalentCents, type PricedPlan } from '../money.js';

export const PLAN_PHASES = ['now', 'next', 'later'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];

export const PLAN_PHASE_LABELS: Readonly<Record<PlanPhase, { nameZh: string; nameEn: string }>> = {
  now: { nameZh: '立即实施', nameEn: 'Now' },
  next: { nameZh: '近期', nameEn: 'Next' },
  later: { nameZh: '远期', nameEn: 'Later' },
};

export const PLAN_STATUSES = ['planned', 'trial', 'adopted', 'reviewed', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, { nameZh: string; nameEn: string }>> =
  {
    planned: { nameZh: '已规划', nameEn: 'Planned' },
    trial: { nameZh: '试用中', nameEn: 'On trial' },
    adopted: { nameZh: '已采用', nameEn: 'Adopted' },
    reviewed: { nameZh: '已复盘', nameEn: 'Reviewed' },
    dropped: { nameZh: '已放弃', nameEn: 'Dropped' },
  };

/** planned → trial → adopted → reviewed, any step may be dropped, a dropped item can be revived. */
const MOVES: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  planned: ['trial', 'adopted', 'dropped'],
  trial: ['adopted', 'planned', 'dropped'],
  adopted: ['reviewed', 'dropped'],
  reviewed: ['dropped'],
  dropped: ['planned'],
};

export function canMovePlanItem(from: PlanStatus, to: PlanStatus): boolean {
  return from === to || MOVES[from].includes(to);
}

export interface PlanCost {
  monthlyCents: number;
  yearlyCents: number;
}

/** Cost of one plan item: the chosen subscription plan, else the cheapest (by monthly equivalent). */
export function planItemCost(plans: readonly PricedPlan[], planIndex: number | null): PlanCost {
  if (plans.length === 0) return { monthlyCents: 0, yearlyCents: 0 };
  const chosen =
    planIndex !== null && planIndex >= 0 && planIndex < plans.length
      ? plans[planIndex]
      : [...plans].sort((a, b) => monthlyEquivalentCents(a) - monthlyEquivalentCents(b))[0];
  if (chosen === undefined) return { monthlyCents: 0, yearlyCents: 0 };
  const yearlyCents = chosen.billingPeriod === 'month' ? chosen.priceCents * 12 : chosen.priceCents;
  return { monthlyCents: monthlyEquivalentCents(chosen), yearlyCents };
}
