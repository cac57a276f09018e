import { INQUIRY_STATUSES, type InquiryStatus } from '@toolbox/contracts/constants';
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATHS, smeInquiryPath } from '../../../shared';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useListInquiries } from '../api/list-inquiries';
import type { InquirySummary } from '../api/types';
import { useEngagementLabels } from '../hooks/use-engagement-labels';
import { InquiryStatusTag } from './inquiry-status-tag';
import '../engagement.css';

export interface MyInquiriesViewProps {
  status: InquiryStatus | undefined;
  page: number;
  pageSize: number;
  onStatusChange: (status: InquiryStatus | undefined) => void;
  onPageChange: (page: number, pageSize: number) => void;
}

export function isInquiryStatus(value: string): value is InquiryStatus {
  return (INQUIRY_STATUSES as readonly string[]).includes(value);
}

/** 我的咨询: the SME's inquiries, newest activity first, filterable by status, paged. */
export function MyInquiriesView({
  status,
  page,
  pageSize,
  onStatusChange,
  onPageChange,
}: MyInquiriesViewProps) {
  const { t } = useTranslation();
  const labels = useEngagementLabels();
  const query = useListInquiries({ status, page, pageSize });

  const columns: TableColumnsType<InquirySummary> = [
    {
      key: 'offering',
      title: t('engagement.list.offering'),
      render: (_, inquiry) => (
        <Link to={smeInquiryPath(inquiry.id)} data-testid="inquiry-link">
          {inquiry.offering.title}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('engagement.list.kind'),
      render: (_, inquiry) => labels.kind(inquiry.kind),
      responsive: ['sm'],
    },
    {
      key: 'status',
      title: t('engagement.list.status'),
      render: (_, inquiry) => <InquiryStatusTag status={inquiry.status} />,
    },
    {
      key: 'provider',
      title: t('engagement.list.provider'),
      render: (_, inquiry) => inquiry.provider.name,
      responsive: ['md'],
    },
    {
      key: 'messages',
      title: t('engagement.list.messages'),
      dataIndex: 'messageCount',
      align: 'right',
      responsive: ['md'],
    },
    {
      key: 'updated',
      title: t('engagement.list.updated'),
      render: (_, inquiry) => (
        <time dateTime={inquiry.updatedAt}>{labels.dateTime(inquiry.updatedAt)}</time>
      ),
    },
  ];

  const filter = (
    <div className="tb-eng-filters">
      <label className="tb-eng-label" htmlFor="tb-inquiry-status">
        {t('engagement.list.status')}
      </label>
      <Select<InquiryStatus | ''>
        id="tb-inquiry-status"
        value={status ?? ''}
        onChange={(value) => onStatusChange(value === '' ? undefined : value)}
        options={[
          { value: '', label: t('engagement.list.allStatuses') },
          ...INQUIRY_STATUSES.map((code) => ({ value: code, label: labels.status(code) })),
        ]}
        className="tb-eng-filters__select"
        data-testid="inquiry-status-filter"
      />
    </div>
  );

  let body;
  if (query.isError) {
    body = (
      <LoadFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('engagement.list.loadFailed')}
      />
    );
  } else if (query.isSuccess && query.data.total === 0 && status === undefined) {
    body = (
      <Empty
        description={
          <>
            <strong>{t('engagement.list.empty')}</strong>
            <br />
            <span className="tb-eng-muted">{t('engagement.list.emptyHint')}</span>
          </>
        }
        data-testid="inquiries-empty"
      >
        <ButtonLink to={PATHS.search} type="primary">
          {t('engagement.list.toSearch')}
        </ButtonLink>
      </Empty>
    );
  } else {
    body = (
      <Table<InquirySummary>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isPending || query.isFetching}
        locale={{ emptyText: <Empty description={t('engagement.list.empty')} /> }}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          onChange: onPageChange,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => t('engagement.list.total', { count: total }),
        }}
        data-testid="inquiries-table"
      />
    );
  }

  return (
    <Card variant="borderless" className="tb-eng-list">
      {filter}
      {body}
    </Card>
  );
}
