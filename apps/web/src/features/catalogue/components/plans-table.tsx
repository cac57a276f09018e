import type { PlanView } from '@toolbox/contracts';
import { monthlyEquivalentCents } from '@toolbox/domain';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';

export interface PlansTableProps {
  plans: readonly PlanView[];
  size?: 'small' | 'middle';
  testId?: string;
}

interface PlanRow extends PlanView {
  key: number;
}

/** Subscription plans: price per period, monthly equivalent and trial. */
export function PlansTable({ plans, size = 'middle', testId = 'plans-table' }: PlansTableProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const columns: TableColumnsType<PlanRow> = [
    {
      key: 'name',
      title: t('catalogue.plans.name'),
      dataIndex: 'name',
      render: (name: string) => <strong className="tb-cat-plan-name">{name}</strong>,
    },
    {
      key: 'price',
      title: t('catalogue.plans.price'),
      render: (_, plan) => (
        <span className="tb-cat-nowrap">
          {labels.money(plan.priceCents)}
          <span className="tb-cat-muted"> {t(`catalogue.plans.per.${plan.billingPeriod}`)}</span>
        </span>
      ),
    },
    {
      key: 'monthly',
      title: t('catalogue.plans.monthlyEquivalent'),
      render: (_, plan) => (
        <span className="tb-cat-nowrap">
          {plan.billingPeriod === 'month'
            ? '—'
            : `${labels.money(monthlyEquivalentCents(plan))}${t('catalogue.plans.per.month')}`}
        </span>
      ),
    },
    {
      key: 'trial',
      title: t('catalogue.plans.trial'),
      render: (_, plan) =>
        plan.trialDays > 0 ? (
          t('catalogue.plans.trialDays', { count: plan.trialDays })
        ) : (
          <span className="tb-cat-muted">{t('catalogue.plans.noTrial')}</span>
        ),
    },
  ];
  return (
    <Table<PlanRow>
      className="tb-cat-plans"
      size={size}
      columns={columns}
      dataSource={plans.map((plan, index) => ({ ...plan, key: index }))}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  );
}
