import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import { useLedger } from '../api/applications';
import type { LedgerEntryView } from '../api/types';
import { moneyText } from '../budget';
import { tablePagination } from './table-pagination';
import '../programmes.css';

export interface LedgerTableProps {
  programmeId: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** A programme's budget ledger: commitments (+) and releases (−) with the running balance. */
export function LedgerTable({ programmeId, page, pageSize, onPageChange }: LedgerTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const query = useLedger(programmeId, page, pageSize);

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('programmes.ledger.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const columns: TableColumnsType<LedgerEntryView> = [
    {
      title: t('programmes.ledger.columns.time'),
      key: 'time',
      render: (_, e) => labels.dateTime(e.createdAt),
    },
    {
      title: t('programmes.ledger.columns.kind'),
      key: 'kind',
      render: (_, e) => (
        <Tag color={e.kind === 'commit' ? 'blue' : 'green'}>
          {t(`programmes.ledger.kind.${e.kind}`)}
        </Tag>
      ),
    },
    {
      title: t('programmes.ledger.columns.amount'),
      key: 'amount',
      align: 'right',
      render: (_, e) =>
        `${e.kind === 'commit' ? '+' : '−'}${moneyText(Math.abs(e.amountCents), language)}`,
    },
    {
      title: t('programmes.ledger.columns.balance'),
      key: 'balance',
      align: 'right',
      render: (_, e) => (
        <span data-testid={`ledger-balance-${e.id}`}>{moneyText(e.balanceCents, language)}</span>
      ),
    },
    {
      title: t('programmes.ledger.columns.remaining'),
      key: 'remaining',
      align: 'right',
      render: (_, e) => moneyText(e.remainingCents, language),
    },
    {
      title: t('programmes.ledger.columns.actor'),
      key: 'actor',
      render: (_, e) => e.actor?.name ?? t('programmes.common.none'),
    },
  ];

  return (
    <Card variant="borderless">
      <Table<LedgerEntryView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('programmes.ledger.empty') }}
        pagination={tablePagination(t, page, pageSize, query.data?.total, onPageChange)}
        scroll={{ x: true }}
        data-testid="ledger-table"
      />
    </Card>
  );
}
