import { EditOutlined, ExportOutlined, PlusOutlined } from '@ant-design/icons';
import type { OfferingView } from '@toolbox/contracts';
import { OFFERING_STATUSES, type OfferingStatus } from '@toolbox/domain';
import { Alert, Empty, Select, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { editOfferingPath, offeringPath, PATHS } from '../../../shared';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useListMyOfferings } from '../api/list-my-offerings';
import { useCatalogueLabels } from '../hooks/use-catalogue-labels';
import { OfferingStatusTag, RevisionTag } from './offering-status-tag';
import { SubmitForReviewButton } from './submit-for-review-button';

const SUBMITTABLE: ReadonlySet<OfferingStatus> = new Set(['draft', 'rejected', 'suspended']);

export interface MyOfferingsTableProps {
  status: OfferingStatus | undefined;
  page: number;
  pageSize: number;
  onStatusChange: (status: OfferingStatus | undefined) => void;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The signed-in provider's offerings: status, price, last change and what can be done next. */
export function MyOfferingsTable({
  status,
  page,
  pageSize,
  onStatusChange,
  onPageChange,
}: MyOfferingsTableProps) {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  const query = useListMyOfferings({ status, page, pageSize });

  const columns: TableColumnsType<OfferingView> = [
    {
      key: 'title',
      title: t('catalogue.mine.columns.title'),
      render: (_, offering) => (
        <div className="tb-cat-cell-title">
          <Link to={editOfferingPath(offering.id)} className="tb-cat-cell-title__link">
            {labels.text(offering.title, offering.titleEn)}
          </Link>
          <span className="tb-cat-cell-title__sub">
            {labels.text(offering.summary, offering.summaryEn)}
          </span>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('catalogue.mine.columns.status'),
      render: (_, offering) => (
        <Space size={4} wrap>
          <OfferingStatusTag status={offering.status} reason={offering.statusReason} />
          <RevisionTag pending={offering.pendingRevision} />
          {offering.status === 'published' &&
            !offering.pendingRevision &&
            offering.statusReason && (
              <Tooltip title={t('catalogue.status.reason', { reason: offering.statusReason })}>
                <Tag color="orange" tabIndex={0}>
                  {t('catalogue.status.revisionRejected')}
                </Tag>
              </Tooltip>
            )}
        </Space>
      ),
    },
    {
      key: 'price',
      title: t('catalogue.mine.columns.price'),
      render: (_, offering) => (
        <span className="tb-cat-nowrap">
          {labels.money(offering.minMonthlyPriceCents)}
          <span className="tb-cat-muted">{t('catalogue.plans.per.month')}</span>
        </span>
      ),
    },
    {
      key: 'updated',
      title: t('catalogue.mine.columns.updated'),
      render: (_, offering) => (
        <time dateTime={offering.updatedAt} className="tb-cat-nowrap">
          {labels.dateTime(offering.updatedAt)}
        </time>
      ),
    },
    {
      key: 'actions',
      title: t('catalogue.mine.columns.actions'),
      render: (_, offering) => (
        <Space size={4} wrap className="tb-cat-row-actions">
          <ButtonLink
            to={editOfferingPath(offering.id)}
            size="small"
            icon={<EditOutlined />}
            data-testid={`edit-${offering.id}`}
          >
            {t('catalogue.mine.edit')}
          </ButtonLink>
          {SUBMITTABLE.has(offering.status) && (
            <SubmitForReviewButton
              offeringId={offering.id}
              title={offering.title}
              size="small"
              testId={`submit-${offering.id}`}
            />
          )}
          {offering.status === 'published' && (
            <ButtonLink
              to={offeringPath(offering.id)}
              size="small"
              type="link"
              icon={<ExportOutlined />}
            >
              {t('catalogue.mine.viewPublic')}
            </ButtonLink>
          )}
        </Space>
      ),
    },
  ];

  const filter = (
    <div className="tb-cat-toolbar">
      <label className="tb-cat-toolbar__label" htmlFor="my-offerings-status">
        {t('catalogue.mine.filterLabel')}
      </label>
      <Select<OfferingStatus | 'all'>
        id="my-offerings-status"
        value={status ?? 'all'}
        onChange={(next) => onStatusChange(next === 'all' ? undefined : next)}
        style={{ minWidth: 160 }}
        options={[
          { value: 'all', label: t('catalogue.mine.allStatuses') },
          ...OFFERING_STATUSES.map((value) => ({ value, label: labels.status(value) })),
        ]}
        data-testid="my-offerings-status"
      />
    </div>
  );

  if (query.isError) {
    return (
      <LoadFailed
        retryIcon={false}
        testId="query-error"
        error={query.error}
        title={t('catalogue.mine.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const data = query.data;
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={status ? t('catalogue.mine.emptyFiltered') : t('catalogue.mine.emptyTitle')}
    >
      {!status && (
        <ButtonLink to={PATHS.providerOfferingNew} type="primary" icon={<PlusOutlined />}>
          {t('catalogue.mine.createFirst')}
        </ButtonLink>
      )}
    </Empty>
  );

  return (
    <>
      {filter}
      {data && data.items.some((o) => o.status === 'rejected' || o.status === 'suspended') && (
        <Alert
          type="warning"
          showIcon
          className="tb-form-alert"
          title={t('catalogue.mine.attention')}
        />
      )}
      <Table<OfferingView>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? ' ' : empty }}
        scroll={{ x: 960 }}
        expandable={{
          rowExpandable: (offering) => Boolean(offering.statusReason),
          expandedRowRender: (offering) => (
            <p className="tb-cat-reason" data-testid={`reason-${offering.id}`}>
              <strong>
                {offering.status === 'suspended'
                  ? t('catalogue.mine.suspendedBecause')
                  : t('catalogue.mine.rejectedBecause')}
              </strong>{' '}
              {offering.statusReason}
            </p>
          ),
        }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          hideOnSinglePage: false,
          showTotal: (total) => t('catalogue.common.total', { count: total }),
          onChange: onPageChange,
        }}
        data-testid="my-offerings-table"
      />
    </>
  );
}
