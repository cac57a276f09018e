import { AuditOutlined, EyeOutlined } from '@ant-design/icons';
import type { OfferingView } from '@toolbox/contracts';
import type { OfferingStatus } from '@toolbox/domain';
import { Button, Empty, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useListAdminOfferings } from '../api/list-admin-offerings';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { OfferingStatusTag, RevisionTag } from './offering-status-tag';
import { LoadFailed } from '../../../shared/ui';

export interface AdminOfferingsTableProps {
  status: OfferingStatus;
  q: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (id: string) => void;
  /** The review queue (submission vs revision, waiting since) or the catalogue by status. */
  mode: 'queue' | 'all';
}

/** Offerings for admins, each with a button that opens it for review. */
export function AdminOfferingsTable({
  status,
  q,
  page,
  pageSize,
  onPageChange,
  onOpen,
  mode,
}: AdminOfferingsTableProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const query = useListAdminOfferings({ status, q: q || undefined, page, pageSize });
  const isRevision = (o: OfferingView) => o.status === 'published' && o.pendingRevision;
  const reviewable = (o: OfferingView) => o.status === 'pending' || isRevision(o);

  const columns: TableColumnsType<OfferingView> = [
    {
      key: 'title',
      title: t('catalogue.admin.columns.offering'),
      render: (_, o) => (
        <div className="tb-cat-cell-title">
          <span className="tb-cat-cell-title__link">{o.revision?.title ?? o.title}</span>
          <span className="tb-cat-cell-title__sub">
            {o.provider.name} · {labels.offeringKind(o.kind)}
          </span>
        </div>
      ),
    },
    mode === 'queue'
      ? {
          key: 'type',
          title: t('catalogue.admin.columns.type'),
          width: 130,
          render: (_, o) =>
            isRevision(o) ? (
              <Tag color="purple" data-testid="queue-type-revision">
                {t('catalogue.admin.typeRevision')}
              </Tag>
            ) : (
              <Tag color="blue" data-testid="queue-type-new">
                {o.publishedAt
                  ? t('catalogue.admin.typeResubmission')
                  : t('catalogue.admin.typeNew')}
              </Tag>
            ),
        }
      : {
          key: 'status',
          title: t('catalogue.admin.columns.status'),
          width: 170,
          render: (_, o) => (
            <Space size={4} wrap>
              <OfferingStatusTag status={o.status} reason={o.statusReason} />
              <RevisionTag pending={o.pendingRevision} />
            </Space>
          ),
        },
    {
      key: 'price',
      title: t('catalogue.admin.columns.price'),
      width: 140,
      render: (_, o) => (
        <span className="tb-cat-nowrap">
          {labels.money(o.minMonthlyPriceCents)}
          <span className="tb-cat-muted">{t('catalogue.plans.per.month')}</span>
        </span>
      ),
    },
    {
      key: 'time',
      title:
        mode === 'queue'
          ? t('catalogue.admin.columns.submitted')
          : t('catalogue.admin.columns.updated'),
      width: 170,
      render: (_, o) => {
        const at = o.revision?.submittedAt ?? o.updatedAt;
        return (
          <time dateTime={at} className="tb-cat-nowrap">
            {labels.dateTime(at)}
          </time>
        );
      },
    },
    {
      key: 'actions',
      title: t('catalogue.admin.columns.actions'),
      width: 120,
      render: (_, o) => (
        <Button
          type={reviewable(o) ? 'primary' : 'default'}
          size="small"
          icon={reviewable(o) ? <AuditOutlined /> : <EyeOutlined />}
          onClick={() => onOpen(o.id)}
          aria-label={`${reviewable(o) ? t('catalogue.admin.review') : t('catalogue.admin.view')}: ${o.title}`}
          data-testid={`open-${o.id}`}
        >
          {reviewable(o) ? t('catalogue.admin.review') : t('catalogue.admin.view')}
        </Button>
      ),
    },
  ];

  if (query.isError) {
    return (
      <LoadFailed
        retryIcon={false}
        testId="query-error"
        error={query.error}
        title={t('catalogue.admin.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  return (
    <Table<OfferingView>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      scroll={{ x: 900 }}
      onRow={(o) => ({ onDoubleClick: () => onOpen(o.id) })}
      locale={{
        emptyText: query.isPending ? (
          ' '
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              q
                ? t('catalogue.admin.emptySearch', { q })
                : mode === 'queue'
                  ? t('catalogue.admin.emptyQueue')
                  : t('catalogue.admin.emptyStatus', { status: labels.status(status) })
            }
          />
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('catalogue.common.total', { count: total }),
        onChange: onPageChange,
      }}
      data-testid={mode === 'queue' ? 'review-queue-table' : 'admin-offerings-table'}
    />
  );
}
