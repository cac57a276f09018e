import type { PlanView } from '@toolbox/contracts';
import {
  isBillingPeriod,
  isOfferingKind,
  isProviderKind,
  monthlyEquivalentCents,
} from '@toolbox/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

/** How an array item compares with the other version of the field. */
export type ItemMark = 'added' | 'removed' | undefined;

export interface FieldValueProps {
  field: string;
  value: unknown;
  /** Offering fields and provider profile fields share names ("kind", "description"). */
  entityType?: string;
  /** The other side of a change, to mark added and removed items of lists. */
  compareWith?: unknown;
  side?: 'before' | 'after';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'number');
}

function isPlan(value: unknown): value is PlanView {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Record<string, unknown>;
  return (
    typeof plan.name === 'string' &&
    typeof plan.billingPeriod === 'string' &&
    isBillingPeriod(plan.billingPeriod) &&
    typeof plan.priceCents === 'number' &&
    typeof plan.trialDays === 'number'
  );
}

function isPlanList(value: unknown): value is PlanView[] {
  return Array.isArray(value) && value.every(isPlan);
}

function planKey(plan: PlanView): string {
  return JSON.stringify([plan.name, plan.billingPeriod, plan.priceCents, plan.trialDays]);
}

/** A field's value written for people: names instead of codes, money, plans, "nationwide". */
export function FieldValue({ field, value, entityType, compareWith, side }: FieldValueProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const muted = (text: string) => <span className="tb-cat-muted">{text}</span>;

  if (value === null || value === undefined || value === '')
    return muted(t('catalogue.diff.empty'));

  const mark = (present: boolean): ItemMark =>
    compareWith === undefined || present ? undefined : side === 'after' ? 'added' : 'removed';

  const list = (
    items: readonly (string | number)[],
    name: (item: string | number) => string,
    empty: string,
  ) => {
    if (items.length === 0) return muted(empty);
    const other = Array.isArray(compareWith) ? (compareWith as unknown[]) : [];
    return (
      <span className="tb-cat-tag-line">
        {items.map((item) => {
          const itemMark = mark(other.includes(item));
          return (
            <Tag
              key={String(item)}
              color={itemMark === 'added' ? 'green' : itemMark === 'removed' ? 'red' : undefined}
              className={itemMark === 'removed' ? 'tb-cat-removed' : undefined}
            >
              {itemMark === 'added' ? '+ ' : itemMark === 'removed' ? '− ' : ''}
              {name(item)}
            </Tag>
          );
        })}
      </span>
    );
  };

  if (field === 'plans' && isPlanList(value)) {
    const other = isPlanList(compareWith) ? compareWith.map(planKey) : null;
    return (
      <ol className="tb-cat-plan-list">
        {value.map((plan, index) => {
          const itemMark = other === null ? undefined : mark(other.includes(planKey(plan)));
          return (
            <li
              key={index}
              className={itemMark ? `tb-cat-plan-list__item--${itemMark}` : undefined}
            >
              <strong>{plan.name}</strong> · {labels.billingPeriod(plan.billingPeriod)} ·{' '}
              {labels.money(plan.priceCents)}
              {plan.billingPeriod !== 'month' &&
                ` (${t('catalogue.plans.monthlyEquals', {
                  price: labels.money(monthlyEquivalentCents(plan)),
                })})`}{' '}
              ·{' '}
              {plan.trialDays > 0
                ? t('catalogue.plans.trialDays', { count: plan.trialDays })
                : t('catalogue.plans.noTrial')}
            </li>
          );
        })}
      </ol>
    );
  }
  if (field === 'scenarios' && isStringList(value)) {
    return list(value, (code) => labels.scenario(String(code)), t('catalogue.diff.empty'));
  }
  if (field === 'industries' && isStringList(value)) {
    return list(
      value,
      (code) => labels.industry(String(code)),
      t('catalogue.common.allIndustries'),
    );
  }
  if (field === 'regions' && isStringList(value)) {
    return list(value, (code) => labels.region(String(code)), t('catalogue.common.nationwide'));
  }
  if (field === 'stages' && isNumberList(value)) {
    return list(value, (level) => labels.stage(Number(level)), t('catalogue.diff.empty'));
  }
  if (field === 'tags' && isStringList(value)) {
    return list(value, (tag) => `#${String(tag)}`, t('catalogue.diff.empty'));
  }
  if (field === 'kind' && typeof value === 'string') {
    if (entityType === 'provider' && isProviderKind(value)) return labels.providerKind(value);
    if (isOfferingKind(value)) return labels.offeringKind(value);
  }
  if (field === 'deployment' && typeof value === 'string') return labels.deployment(value);
  if (field === 'deliveryDays' && typeof value === 'number') {
    return value === 0
      ? t('catalogue.card.deliveryImmediate')
      : t('catalogue.card.delivery', { count: value });
  }
  if (typeof value === 'string') {
    return <span className="tb-cat-text-value">{value}</span>;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return <code className="tb-cat-json">{JSON.stringify(value)}</code>;
}
