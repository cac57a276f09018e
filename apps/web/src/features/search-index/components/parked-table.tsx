import type { UseQueryResult } from '@tanstack/react-query';
import { ReloadOutlined } from '@ant-design/icons';
import type { IndexStatus } from '@toolbox/contracts';
import { App, Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeringPath, useUiLanguage } from '../../../shared';
import { describeError } from '../../../lib';
import { useRetryParked } from '../api/retry-parked';
import { formatTime } from './index-status-format';

export interface ParkedTableProps {
  status: UseQueryResult<IndexStatus>;
}

/** Outbox rows that failed too often, with a button to queue them again. */
export function ParkedTable({ status }: ParkedTableProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const retry = useRetryParked();
  const onRetry = () =>
    retry.mutate(undefined, {
      onSuccess: ({ retried }) =>
        void message.success(t('searchIndex.retried', { count: retried })),
      onError: (error) => void message.error(describeError(error, t)),
    });

  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('searchIndex.parkedTitle')}</h2>}
      extra={
        <Button
          icon={<ReloadOutlined />}
          onClick={onRetry}
          loading={retry.isPending}
          disabled={!status.data || status.data.outbox.parked === 0}
          data-testid="parked-retry"
        >
          {t('searchIndex.retry')}
        </Button>
      }
    >
      <p className="tb-card-intro">{t('searchIndex.parkedIntro')}</p>
      <Table
        rowKey="id"
        size="small"
        loading={status.isPending}
        dataSource={status.data?.parked ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('searchIndex.parkedEmpty') }}
        columns={[
          {
            key: 'offering',
            title: t('searchIndex.columns.offering'),
            render: (_value, row) => (
              <Link to={offeringPath(row.offeringId)} className="tb-mono">
                {row.offeringId.slice(0, 8)}
              </Link>
            ),
          },
          {
            key: 'attempts',
            title: t('searchIndex.columns.attempts'),
            dataIndex: 'attempts',
            width: 100,
          },
          {
            key: 'error',
            title: t('searchIndex.columns.error'),
            dataIndex: 'lastError',
            render: (value: string | null) => value ?? '—',
          },
          {
            key: 'parkedAt',
            title: t('searchIndex.columns.parkedAt'),
            dataIndex: 'parkedAt',
            render: (value: string) => formatTime(value, language),
          },
        ]}
      />
    </Card>
  );
}
