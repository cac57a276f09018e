import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from '@toolbox/contracts/constants';
import type { AuditEntryView } from '@toolbox/contracts';
import { ROLES, type Role } from '@toolbox/domain';
import {
  Button,
  DatePicker,
  Empty,
  type GetProps,
  Select,
  Table,
  type TableColumnsType,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offeringPath, providerPath } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { RoleTag } from '../../auth';
import { useListAuditEntries } from '../api/list-audit-entries';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { ChangeTable } from './change-table';

const ACTION_COLOR: Record<AuditAction, string> = {
  create: 'default',
  update: 'default',
  revise: 'purple',
  submit: 'processing',
  approve: 'success',
  reject: 'error',
  suspend: 'warning',
  profile: 'cyan',
  hide: 'magenta',
  publish: 'success',
  close: 'default',
  disable: 'warning',
  enable: 'success',
  withdraw: 'default',
};

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

function isEntityType(value: string): value is AuditEntityType {
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
}

type RangeValue = GetProps<typeof DatePicker.RangePicker>['value'];

const PAGE_SIZE = 20;

/** Who did what to which offering or provider, when and why; filters and readable changes. */
export function AuditLog() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const [action, setAction] = useState<AuditAction | undefined>();
  const [entityType, setEntityType] = useState<AuditEntityType | undefined>();
  const [range, setRange] = useState<RangeValue>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const from = range?.[0]?.startOf('day').toISOString();
  const to = range?.[1]?.endOf('day').toISOString();
  const query = useListAuditEntries({ action, entityType, from, to, page, pageSize });
  const filtered = action !== undefined || entityType !== undefined || Boolean(from || to);

  const actionLabel = (value: string) =>
    isAuditAction(value) ? t(`catalogue.audit.actions.${value}`) : value;
  const entityLabel = (value: string) =>
    isEntityType(value) ? t(`catalogue.audit.entityTypes.${value}`) : value;

  const columns: TableColumnsType<AuditEntryView> = [
    {
      key: 'at',
      title: t('catalogue.audit.columns.at'),
      width: 160,
      render: (_, entry) => (
        <time dateTime={entry.at} className="tb-cat-nowrap">
          {labels.dateTime(entry.at)}
        </time>
      ),
    },
    {
      key: 'actor',
      title: t('catalogue.audit.columns.actor'),
      width: 190,
      render: (_, entry) =>
        entry.actor ? (
          <span className="tb-cat-actor">
            <span>{entry.actor.name}</span>
            {isRole(entry.actor.role) && <RoleTag role={entry.actor.role} />}
          </span>
        ) : (
          <span className="tb-cat-muted">{t('catalogue.audit.system')}</span>
        ),
    },
    {
      key: 'action',
      title: t('catalogue.audit.columns.action'),
      width: 110,
      render: (_, entry) => (
        <Tag color={isAuditAction(entry.action) ? ACTION_COLOR[entry.action] : 'default'}>
          {actionLabel(entry.action)}
        </Tag>
      ),
    },
    {
      key: 'entity',
      title: t('catalogue.audit.columns.entity'),
      render: (_, entry) => {
        const name = entry.summary ?? entry.entityId;
        const to =
          entry.entityType === 'offering'
            ? offeringPath(entry.entityId)
            : entry.entityType === 'provider'
              ? providerPath(entry.entityId)
              : null;
        return (
          <div className="tb-cat-cell-title tb-cat-cell-title--fluid">
            <span className="tb-cat-cell-title__sub">{entityLabel(entry.entityType)}</span>
            {to ? <Link to={to}>{name}</Link> : name}
          </div>
        );
      },
    },
    {
      key: 'reason',
      title: t('catalogue.audit.columns.reason'),
      render: (_, entry) =>
        entry.reason ? (
          <span className="tb-cat-text-value">{entry.reason}</span>
        ) : (
          <span className="tb-cat-muted">—</span>
        ),
    },
    {
      key: 'changes',
      title: t('catalogue.audit.columns.changes'),
      width: 100,
      render: (_, entry) =>
        entry.changes.length > 0 ? (
          t('catalogue.audit.changeCount', { count: entry.changes.length })
        ) : (
          <span className="tb-cat-muted">—</span>
        ),
    },
  ];

  const resetPage = () => setPage(1);

  return (
    <>
      <div className="tb-cat-toolbar" role="search" aria-label={t('catalogue.audit.filters')}>
        <Select<AuditAction>
          allowClear
          value={action}
          onChange={(value) => {
            setAction(value);
            resetPage();
          }}
          placeholder={t('catalogue.audit.allActions')}
          aria-label={t('catalogue.audit.columns.action')}
          options={AUDIT_ACTIONS.map((value) => ({ value, label: actionLabel(value) }))}
          style={{ minWidth: 150 }}
          data-testid="audit-action-filter"
        />
        <Select<AuditEntityType>
          allowClear
          value={entityType}
          onChange={(value) => {
            setEntityType(value);
            resetPage();
          }}
          placeholder={t('catalogue.audit.allEntityTypes')}
          aria-label={t('catalogue.audit.entityType')}
          options={AUDIT_ENTITY_TYPES.map((value) => ({ value, label: entityLabel(value) }))}
          style={{ minWidth: 150 }}
          data-testid="audit-entity-filter"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(value) => {
            setRange(value);
            resetPage();
          }}
          allowEmpty={[true, true]}
          aria-label={t('catalogue.audit.dateRange')}
        />
        {filtered && (
          <Button
            type="link"
            onClick={() => {
              setAction(undefined);
              setEntityType(undefined);
              setRange(null);
              resetPage();
            }}
          >
            {t('catalogue.audit.clearFilters')}
          </Button>
        )}
      </div>
      {query.isError ? (
        <LoadFailed
          retryIcon={false}
          testId="query-error"
          error={query.error}
          title={t('catalogue.audit.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <Table<AuditEntryView>
          rowKey="id"
          columns={columns}
          dataSource={query.data?.items ?? []}
          loading={query.isFetching}
          scroll={{ x: 1000 }}
          expandable={{
            rowExpandable: (entry) => entry.changes.length > 0,
            expandedRowRender: (entry) => (
              <ChangeTable
                changes={entry.changes}
                entityType={entry.entityType}
                size="small"
                testId={`audit-changes-${entry.id}`}
              />
            ),
          }}
          locale={{
            emptyText: query.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered ? t('catalogue.audit.emptyFiltered') : t('catalogue.audit.empty')
                }
              />
            ),
          }}
          pagination={{
            current: page,
            pageSize,
            total: query.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('catalogue.common.total', { count: total }),
            onChange: (next, size) => {
              setPage(size === pageSize ? next : 1);
              setPageSize(size);
            },
          }}
          data-testid="audit-table"
        />
      )}
    </>
  );
}
