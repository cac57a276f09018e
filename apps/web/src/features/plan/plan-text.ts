import {
  BILLING_PERIOD_LABELS,
  formatCny,
  type BillingPeriod,
  type PlanPhase,
  type PlanStatus,
} from '@toolbox/domain';
import type { TFunction } from 'i18next';
import type { Language } from '../../lib';

/** "基础版 · ¥99.00 按月" — a subscription plan as a short line. */
export function planPriceLine(
  plan: { name: string; billingPeriod: BillingPeriod; priceCents: number },
  language: Language,
): string {
  const period = BILLING_PERIOD_LABELS[plan.billingPeriod];
  const periodName = language === 'en' ? period.nameEn : period.nameZh;
  return `${plan.name} · ${formatCny(plan.priceCents, language)} · ${periodName}`;
}

export function phaseName(phase: PlanPhase, t: TFunction): string {
  switch (phase) {
    case 'now':
      return t('plan.phases.now');
    case 'next':
      return t('plan.phases.next');
    case 'later':
      return t('plan.phases.later');
  }
}

export function statusName(status: PlanStatus, t: TFunction): string {
  switch (status) {
    case 'planned':
      return t('plan.statuses.planned');
    case 'trial':
      return t('plan.statuses.trial');
    case 'adopted':
      return t('plan.statuses.adopted');
    case 'reviewed':
      return t('plan.statuses.reviewed');
    case 'dropped':
      return t('plan.statuses.dropped');
  }
}

/** The verb on the button that moves an item to `status` ("开始试用", "标记为已采用" …). */
export function moveLabel(status: PlanStatus, t: TFunction): string {
  switch (status) {
    case 'planned':
      return t('plan.moves.planned');
    case 'trial':
      return t('plan.moves.trial');
    case 'adopted':
      return t('plan.moves.adopted');
    case 'reviewed':
      return t('plan.moves.reviewed');
    case 'dropped':
      return t('plan.moves.dropped');
  }
}

export const STATUS_COLORS: Readonly<Record<PlanStatus, string>> = {
  planned: 'blue',
  trial: 'gold',
  adopted: 'green',
  reviewed: 'cyan',
  dropped: 'default',
};
