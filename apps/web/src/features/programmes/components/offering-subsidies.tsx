import { GiftOutlined } from '@ant-design/icons';
import type { BillingPeriod } from '@toolbox/domain';
import { Button, Card, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { billingPeriodName, useUiLanguage } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useEligibleProgrammes, useNetPrice } from '../api/programmes';
import type { PlanNetPriceView } from '../api/types';
import { moneyText } from '../budget';
import { ApplyDialog } from './apply-dialog';
import '../programmes.css';

export interface OfferingSubsidiesProps {
  offering: {
    id: string;
    title: string;
    plans: readonly { name: string; billingPeriod: BillingPeriod; priceCents: number }[];
  };
}

/**
 * For a signed-in SME on an offering's page: each plan's price, subsidy and net price under the
 * best programme it is eligible for, an eligibility badge and 申请补贴.
 */
export function OfferingSubsidies({ offering }: OfferingSubsidiesProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const netPrice = useNetPrice(offering.id);
  const eligible = useEligibleProgrammes(offering.id);
  const [applying, setApplying] = useState<{ planName?: string; programmeId?: string } | null>(
    null,
  );

  if (netPrice.isError || eligible.isError) {
    return (
      <LoadFailed
        testId="subsidies-error"
        error={netPrice.error ?? eligible.error}
        title={t('programmes.offering.loadFailed')}
        retry={() => {
          void netPrice.refetch();
          void eligible.refetch();
        }}
      />
    );
  }
  if (netPrice.isPending || eligible.isPending) return null;

  const programmes = eligible.data.items;
  const nameOf = (id: string | null) => programmes.find((p) => p.id === id)?.name ?? null;
  const isEligible = programmes.length > 0;

  const columns: TableColumnsType<PlanNetPriceView> = [
    {
      title: t('programmes.offering.columns.plan'),
      key: 'plan',
      render: (_, p) => `${p.name} · ${billingPeriodName(p.billingPeriod, language)}`,
    },
    {
      title: t('programmes.offering.columns.price'),
      key: 'price',
      align: 'right',
      render: (_, p) => (
        <span className={p.subsidyCents > 0 ? 'tb-prog-strike' : undefined}>
          {moneyText(p.priceCents, language)}
        </span>
      ),
    },
    {
      title: t('programmes.offering.columns.subsidy'),
      key: 'subsidy',
      align: 'right',
      render: (_, p) => (p.subsidyCents > 0 ? `−${moneyText(p.subsidyCents, language)}` : '—'),
    },
    {
      title: t('programmes.offering.columns.net'),
      key: 'net',
      align: 'right',
      render: (_, p) => (
        <span className="tb-prog-net__price" data-testid={`net-price-${p.name}`}>
          {moneyText(p.netPriceCents, language)}
        </span>
      ),
    },
    {
      title: t('programmes.offering.columns.programme'),
      key: 'programme',
      render: (_, p) => nameOf(p.programmeId) ?? t('programmes.offering.noProgramme'),
    },
    {
      key: 'apply',
      render: (_, p) =>
        p.programmeId !== null && p.subsidyCents > 0 ? (
          <Button
            size="small"
            onClick={() =>
              setApplying({ planName: p.name, programmeId: p.programmeId ?? undefined })
            }
            data-testid={`apply-plan-${p.name}`}
          >
            {t('programmes.offering.apply')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      variant="borderless"
      className="tb-prog-net"
      title={
        <span className="tb-prog-tags">
          <GiftOutlined aria-hidden="true" /> {t('programmes.offering.title')}
          <Tag color={isEligible ? 'success' : 'default'} data-testid="subsidy-eligibility">
            {t(isEligible ? 'programmes.offering.eligible' : 'programmes.offering.notEligible')}
          </Tag>
        </span>
      }
      extra={
        isEligible && (
          <Button
            type="primary"
            icon={<GiftOutlined />}
            onClick={() => setApplying({})}
            data-testid="apply-subsidy"
          >
            {t('programmes.offering.apply')}
          </Button>
        )
      }
      data-testid="offering-subsidies"
    >
      <p className="tb-prog-muted">{t('programmes.offering.intro')}</p>
      <Table<PlanNetPriceView>
        rowKey="name"
        size="small"
        columns={columns}
        dataSource={netPrice.data.plans}
        pagination={false}
        scroll={{ x: true }}
      />
      <ApplyDialog
        open={applying !== null}
        offering={offering}
        programmes={programmes}
        initial={applying ?? undefined}
        onClose={() => setApplying(null)}
      />
    </Card>
  );
}
