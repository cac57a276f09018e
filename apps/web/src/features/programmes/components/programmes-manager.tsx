import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { regionName, useUiLanguage } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useCatalogueLabels } from '../../catalogue';
import { useCloseProgramme, useProgrammes, usePublishProgramme } from '../api/programmes';
import type { ProgrammeStatus, ProgrammeView } from '../api/types';
import { moneyText } from '../budget';
import { programmeErrorText } from '../programme-errors';
import { PROGRAMME_PATHS, type ProgrammeManager } from '../programme-paths';
import { BudgetBar } from './budget-bar';
import { ProgrammeDrawer } from './programme-drawer';
import { ProgrammeStatusTag } from './status-tags';
import { tablePagination } from './table-pagination';
import '../programmes.css';

export interface ProgrammesManagerProps {
  manager: ProgrammeManager;
  /** The gov's own region; null for an admin (every region). */
  scope: string | null;
  page: number;
  pageSize: number;
  status: ProgrammeStatus | undefined;
  onPageChange: (page: number, pageSize: number) => void;
  onStatusChange: (status: ProgrammeStatus | undefined) => void;
}

type DrawerState = { open: false } | { open: true; programme: ProgrammeView | null };

/** The programme list with budget bars; create and edit drafts, publish and close. */
export function ProgrammesManager({
  manager,
  scope,
  page,
  pageSize,
  status,
  onPageChange,
  onStatusChange,
}: ProgrammesManagerProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const labels = useCatalogueLabels();
  const { message } = App.useApp();
  const paths = PROGRAMME_PATHS[manager];
  const query = useProgrammes({ page, pageSize, ...(status ? { status } : {}) });
  const publish = usePublishProgramme();
  const close = useCloseProgramme();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false });

  const onError = (error: unknown) => void message.error(programmeErrorText(error, t, language));

  const columns: TableColumnsType<ProgrammeView> = [
    {
      title: t('programmes.list.columns.name'),
      key: 'name',
      render: (_, p) => (
        <div>
          <div className="tb-prog-cell-title" data-testid={`programme-name-${p.id}`}>
            {p.name}
          </div>
          <div className="tb-prog-muted">
            {t('programmes.list.subsidy', {
              percent: p.subsidyPercent,
              cap: moneyText(p.capCents, language),
            })}
          </div>
        </div>
      ),
    },
    {
      title: t('programmes.list.columns.status'),
      key: 'status',
      render: (_, p) => (
        <ProgrammeStatusTag status={p.status} window={p} testId={`programme-status-${p.id}`} />
      ),
    },
    {
      title: t('programmes.list.columns.region'),
      key: 'region',
      render: (_, p) => regionName(p.region, language),
    },
    {
      title: t('programmes.list.columns.window'),
      key: 'window',
      render: (_, p) =>
        t('programmes.list.windowRange', {
          from: labels.date(p.opensAt),
          // closesAt is exclusive: the last day shown is the day before.
          to: labels.date(new Date(new Date(p.closesAt).getTime() - 1).toISOString()),
        }),
    },
    {
      title: t('programmes.list.columns.budget'),
      key: 'budget',
      width: 280,
      render: (_, p) => (
        <BudgetBar
          budgetCents={p.budgetCents}
          committedCents={p.committedCents}
          testId={`programme-budget-${p.id}`}
        />
      ),
    },
    {
      title: t('programmes.list.columns.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space wrap size="small">
          {p.status === 'draft' && (
            <>
              <Button
                size="small"
                onClick={() => setDrawer({ open: true, programme: p })}
                data-testid={`programme-edit-${p.id}`}
              >
                {t('programmes.list.edit')}
              </Button>
              <Popconfirm
                title={t('programmes.list.publishConfirm', { name: p.name })}
                okText={t('programmes.list.publish')}
                cancelText={t('programmes.common.cancel')}
                okButtonProps={{ 'data-testid': 'programme-publish-confirm' }}
                onConfirm={() =>
                  publish.mutate(p.id, {
                    onSuccess: () => void message.success(t('programmes.list.published')),
                    onError,
                  })
                }
              >
                <Button size="small" type="primary" data-testid={`programme-publish-${p.id}`}>
                  {t('programmes.list.publish')}
                </Button>
              </Popconfirm>
            </>
          )}
          {p.status === 'published' && (
            <Popconfirm
              title={t('programmes.list.closeConfirm', { name: p.name })}
              okText={t('programmes.list.close')}
              cancelText={t('programmes.common.cancel')}
              okButtonProps={{ danger: true, 'data-testid': 'programme-close-confirm' }}
              onConfirm={() =>
                close.mutate(p.id, {
                  onSuccess: () => void message.success(t('programmes.list.closed')),
                  onError,
                })
              }
            >
              <Button size="small" danger data-testid={`programme-close-${p.id}`}>
                {t('programmes.list.close')}
              </Button>
            </Popconfirm>
          )}
          {p.status !== 'draft' && (
            <>
              <Link to={paths.applicationsOf(p.id)} data-testid={`programme-applications-${p.id}`}>
                {t('programmes.list.applications')}
              </Link>
              <Link to={paths.ledger(p.id)} data-testid={`programme-ledger-${p.id}`}>
                {t('programmes.list.ledger')}
              </Link>
            </>
          )}
        </Space>
      ),
    },
  ];

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('programmes.list.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  return (
    <Card variant="borderless">
      <div className="tb-prog-filters">
        <Select<ProgrammeStatus | ''>
          value={status ?? ''}
          onChange={(next) => onStatusChange(next === '' ? undefined : next)}
          aria-label={t('programmes.list.filterStatus')}
          style={{ minWidth: 140 }}
          options={[
            { value: '', label: t('programmes.common.all') },
            ...(['draft', 'published', 'closed'] as const).map((s) => ({
              value: s,
              label: t(`programmes.status.${s}`),
            })),
          ]}
          data-testid="programme-status-filter"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDrawer({ open: true, programme: null })}
          data-testid="programme-create"
        >
          {t('programmes.list.create')}
        </Button>
        <Link to={paths.applications} data-testid="programme-all-applications">
          {t('programmes.list.allApplications')}
        </Link>
      </div>
      <Table<ProgrammeView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: t('programmes.list.empty') }}
        pagination={tablePagination(t, page, pageSize, query.data?.total, onPageChange)}
        scroll={{ x: true }}
        data-testid="programmes-table"
      />
      <ProgrammeDrawer
        open={drawer.open}
        programme={drawer.open ? drawer.programme : null}
        scope={scope}
        onClose={() => setDrawer({ open: false })}
      />
    </Card>
  );
}
