import { App, Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import { useApplications, useWithdraw } from '../api/applications';
import type { ApplicationView } from '../api/types';
import { moneyText } from '../budget';
import { programmeErrorText } from '../programme-errors';
import { createdAtColumn, offeringColumn, statusColumn } from './application-columns';
import { tablePagination } from './table-pagination';
import '../programmes.css';

export interface MyApplicationsProps {
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** 我的申请 (SME): its subsidy applications with status and amounts; withdraw an open one. */
export function MyApplications({ page, pageSize, onPageChange }: MyApplicationsProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const { message } = App.useApp();
  const query = useApplications({ page, pageSize });
  const withdraw = useWithdraw();

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('programmes.mine.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const columns: TableColumnsType<ApplicationView> = [
    {
      title: t('programmes.mine.columns.programme'),
      key: 'programme',
      render: (_, a) => <span className="tb-prog-cell-title">{a.programme.name}</span>,
    },
    offeringColumn(t('programmes.mine.columns.offering'), t, language),
    {
      title: t('programmes.mine.columns.requested'),
      key: 'requested',
      align: 'right',
      render: (_, a) => moneyText(a.requestedCents, language),
    },
    {
      title: t('programmes.mine.columns.granted'),
      key: 'granted',
      align: 'right',
      render: (_, a) => moneyText(a.grantedCents, language),
    },
    statusColumn(t('programmes.mine.columns.status'), t, 'my-application-status'),
    createdAtColumn(t('programmes.mine.columns.createdAt'), labels.dateTime),
    {
      title: t('programmes.mine.columns.actions'),
      key: 'actions',
      render: (_, a) =>
        a.status === 'submitted' || a.status === 'approved' ? (
          <Popconfirm
            title={t('programmes.mine.withdrawConfirm')}
            okText={t('programmes.mine.withdraw')}
            cancelText={t('programmes.common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'application-withdraw-confirm' }}
            onConfirm={() =>
              withdraw.mutate(a.id, {
                onSuccess: () => void message.success(t('programmes.mine.withdrawn')),
                onError: (error) => void message.error(programmeErrorText(error, t, language)),
              })
            }
          >
            <Button size="small" data-testid={`application-withdraw-${a.id}`}>
              {t('programmes.mine.withdraw')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <Card variant="borderless">
      <Table<ApplicationView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('programmes.mine.empty') }}
        pagination={tablePagination(t, page, pageSize, query.data?.total, onPageChange)}
        scroll={{ x: true }}
        data-testid="my-applications-table"
      />
    </Card>
  );
}
