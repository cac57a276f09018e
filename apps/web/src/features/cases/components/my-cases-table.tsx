import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import type { CaseView } from '../api/types';
import { Space, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink, LoadFailed } from '../../../shared/ui';
import { useListMyCases } from '../api/list-my-cases';
import { casePath, editCasePath } from '../case-paths';
import { useCaseLabels } from '../hooks/use-case-labels';
import { CaseStatusTag } from './case-status-tag';
import '../cases.css';

export interface MyCasesTableProps {
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}

/** 我的案例: the provider's cases with their status (and a rejection's reason). */
export function MyCasesTable({ page, pageSize, onPageChange }: MyCasesTableProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const query = useListMyCases({ page, pageSize });

  if (query.isError) {
    return (
      <LoadFailed
        testId="query-error"
        error={query.error}
        title={t('cases.mine.loadFailed')}
        retry={() => void query.refetch()}
      />
    );
  }

  const columns: TableColumnsType<CaseView> = [
    {
      title: t('cases.mine.columns.title'),
      dataIndex: 'title',
      render: (_, item) => (
        <div>
          <div className="tb-case-card__title">{item.title}</div>
          <div className="tb-case-card__meta">
            {[
              item.industry ? labels.industry(item.industry) : null,
              item.region ? labels.region(item.region) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </div>
      ),
    },
    {
      title: t('cases.mine.columns.status'),
      dataIndex: 'status',
      render: (_, item) => <CaseStatusTag status={item.status} reason={item.rejectionReason} />,
    },
    {
      title: t('cases.mine.columns.updatedAt'),
      dataIndex: 'updatedAt',
      render: (_, item) => labels.date(item.updatedAt),
    },
    {
      title: t('cases.mine.columns.actions'),
      key: 'actions',
      render: (_, item) => (
        <Space wrap>
          {(item.status === 'draft' || item.status === 'rejected') && (
            <ButtonLink
              size="small"
              icon={<EditOutlined />}
              to={editCasePath(item.id)}
              data-testid={`case-edit-${item.id}`}
            >
              {t('cases.mine.edit')}
            </ButtonLink>
          )}
          <ButtonLink
            size="small"
            type="text"
            icon={<EyeOutlined />}
            to={casePath(item.id)}
            data-testid={`case-view-${item.id}`}
          >
            {t('cases.mine.view')}
          </ButtonLink>
        </Space>
      ),
    },
  ];

  return (
    <Table<CaseView>
      rowKey="id"
      columns={columns}
      dataSource={query.data?.items ?? []}
      loading={query.isFetching}
      locale={{ emptyText: t('cases.mine.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: query.data?.total ?? 0,
        showTotal: (count) => t('cases.common.total', { count }),
        onChange: onPageChange,
        hideOnSinglePage: true,
      }}
      scroll={{ x: true }}
      data-testid="my-cases-table"
    />
  );
}
