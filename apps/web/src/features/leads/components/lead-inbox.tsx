import '../leads.css';
import type { InquirySummaryView } from '@toolbox/contracts';
import { INQUIRY_STATUSES, type InquiryStatus } from '@toolbox/domain';
import { Alert, Badge, Button, Card, Empty, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../../../shared/ui';
import { useListParams } from '../../catalogue';
import { useListAllInquiries, useListInquiries } from '../api/list-inquiries';
import { useLastSeen } from '../hooks/use-last-seen';
import { useLeadsLabels } from '../hooks/use-leads-labels';
import {
  filterLeads,
  isLeadAge,
  LEAD_AGES,
  type LeadAge,
  offeringOptions,
  pageOf,
} from '../lead-filters';
import { countUnread, isUnread } from '../unread';
import { LeadStatusTag } from './lead-status-tag';

export interface LeadInboxProps {
  /** `provider`: its leads with unread markers; `admin`: every inquiry, read-only. */
  mode: 'provider' | 'admin';
  /** The thread page of one inquiry. */
  threadPath: (id: string) => string;
}

function isStatus(value: string): value is InquiryStatus {
  return (INQUIRY_STATUSES as readonly string[]).includes(value);
}

/**
 * The inbox: inquiries newest activity first. The provider's (tens to hundreds) are loaded whole
 * and filtered by status (server side), offering and age (here), paged here, with unread markers.
 * The admin's list (every inquiry on the platform) is paged by the server and filtered by status
 * only. Filters and page live in the URL.
 */
export function LeadInbox({ mode, threadPath }: LeadInboxProps) {
  const { t } = useTranslation();
  const labels = useLeadsLabels();
  const params = useListParams(20);
  const rawStatus = params.get('status');
  const status = isStatus(rawStatus) ? rawStatus : undefined;
  const offeringId = params.get('offering') || undefined;
  const rawAge = params.get('age');
  const age: LeadAge | undefined = isLeadAge(rawAge) ? rawAge : undefined;
  const serverPaged = mode === 'admin';
  const allQuery = useListAllInquiries(status, { enabled: !serverPaged });
  const pageQuery = useListInquiries(
    { status, page: params.page, pageSize: params.pageSize },
    { enabled: serverPaged },
  );
  const query = serverPaged ? pageQuery : allQuery;
  const { seen, markSeen } = useLastSeen();
  const showUnread = mode === 'provider';

  const all = useMemo(() => allQuery.data?.items ?? [], [allQuery.data]);
  const offerings = useMemo(() => offeringOptions(all), [all]);
  const filtered = useMemo(
    () => filterLeads(all, { offeringId, age }, Date.now()),
    [all, offeringId, age],
  );
  const current = serverPaged
    ? { items: pageQuery.data?.items ?? [], page: params.page }
    : pageOf(filtered, params.page, params.pageSize);
  const total = serverPaged ? (pageQuery.data?.total ?? 0) : filtered.length;
  const unread = showUnread ? countUnread(filtered, seen) : 0;
  const anyFilter = Boolean(status || offeringId || age);

  const columns: ColumnsType<InquirySummaryView> = [
    {
      key: 'company',
      title: t('leads.inbox.columns.company'),
      render: (_, lead) => {
        const fresh = showUnread && isUnread(lead, seen);
        return (
          <span className="tb-leads-company">
            {showUnread && (
              <Badge
                status={fresh ? 'processing' : 'default'}
                className={fresh ? undefined : 'tb-leads-dot--read'}
                aria-hidden="true"
              />
            )}
            <Link
              to={threadPath(lead.id)}
              className={fresh ? 'tb-leads-link tb-leads-link--unread' : 'tb-leads-link'}
              data-testid={`lead-link-${lead.id}`}
            >
              {lead.sme.companyName}
            </Link>
            {fresh && (
              <Tag color="red" className="tb-leads-unread-tag" data-testid="lead-unread">
                {t('leads.inbox.unread')}
              </Tag>
            )}
          </span>
        );
      },
    },
    {
      key: 'offering',
      title: t('leads.inbox.columns.offering'),
      render: (_, lead) => lead.offering.title,
    },
    ...(mode === 'admin'
      ? [
          {
            key: 'provider',
            title: t('leads.inbox.columns.provider'),
            render: (_: unknown, lead: InquirySummaryView) => lead.provider.name,
          },
        ]
      : []),
    {
      key: 'kind',
      title: t('leads.inbox.columns.kind'),
      render: (_, lead) => labels.kind(lead.kind),
    },
    {
      key: 'status',
      title: t('leads.inbox.columns.status'),
      render: (_, lead) => <LeadStatusTag status={lead.status} />,
    },
    {
      key: 'messages',
      title: t('leads.inbox.columns.messages'),
      align: 'right',
      render: (_, lead) => lead.messageCount,
    },
    {
      key: 'updatedAt',
      title: t('leads.inbox.columns.updatedAt'),
      render: (_, lead) => <time dateTime={lead.updatedAt}>{labels.dateTime(lead.updatedAt)}</time>,
    },
  ];

  return (
    <Card variant="borderless" className="tb-leads-inbox">
      <div className="tb-leads-toolbar" role="group" aria-label={t('leads.inbox.filters')}>
        <Select<string>
          allowClear
          value={status}
          placeholder={t('leads.inbox.statusAll')}
          aria-label={t('leads.inbox.status')}
          onChange={(value) => params.setFilters({ status: value })}
          options={INQUIRY_STATUSES.map((value) => ({
            value,
            label: labels.inquiryStatus(value),
          }))}
          className="tb-leads-filter"
          data-testid="lead-filter-status"
        />
        {!serverPaged && (
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={offeringId}
            placeholder={t('leads.inbox.offeringAll')}
            aria-label={t('leads.inbox.offering')}
            onChange={(value) => params.setFilters({ offering: value })}
            options={offerings}
            className="tb-leads-filter tb-leads-filter--wide"
            data-testid="lead-filter-offering"
          />
        )}
        {!serverPaged && (
          <Select<string>
            allowClear
            value={age}
            placeholder={t('leads.inbox.ageAll')}
            aria-label={t('leads.inbox.age')}
            onChange={(value) => params.setFilters({ age: value })}
            options={LEAD_AGES.map((value) => ({ value, label: t(`leads.inbox.age${value}`) }))}
            className="tb-leads-filter"
            data-testid="lead-filter-age"
          />
        )}
        {anyFilter && (
          <Button
            type="link"
            onClick={() =>
              params.setFilters({ status: undefined, offering: undefined, age: undefined })
            }
          >
            {t('leads.inbox.clearFilters')}
          </Button>
        )}
        {showUnread && unread > 0 && (
          <span className="tb-leads-toolbar__end">
            <span aria-live="polite" data-testid="lead-unread-count">
              {t('leads.inbox.unreadCount', { count: unread })}
            </span>
            <Button size="small" onClick={() => markSeen(filtered)}>
              {t('leads.inbox.markAllRead')}
            </Button>
          </span>
        )}
      </div>
      {showUnread && <p className="tb-leads-hint">{t('leads.inbox.unreadHint')}</p>}
      {!serverPaged && allQuery.data?.truncated && (
        <Alert
          type="info"
          showIcon
          className="tb-leads-alert"
          title={t('leads.inbox.truncated', {
            shown: allQuery.data.items.length,
            total: allQuery.data.total,
          })}
        />
      )}
      {query.isError ? (
        <LoadFailed
          error={query.error}
          title={t('leads.common.loadFailed')}
          retry={() => void query.refetch()}
        />
      ) : (
        <Table<InquirySummaryView>
          rowKey="id"
          size="middle"
          loading={query.isPending || query.isPlaceholderData}
          columns={columns}
          dataSource={current.items}
          onRow={(lead) =>
            ({
              'data-testid': `lead-row-${lead.id}`,
              className: showUnread && isUnread(lead, seen) ? 'tb-leads-row--unread' : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: current.page,
            pageSize: params.pageSize,
            total,
            showSizeChanger: true,
            showTotal: (count) => t('leads.inbox.total', { count }),
            onChange: params.setPage,
            hideOnSinglePage: total <= 20,
          }}
          locale={{
            emptyText: query.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  <>
                    <strong>
                      {anyFilter
                        ? t('leads.inbox.emptyFilteredTitle')
                        : t('leads.inbox.emptyTitle')}
                    </strong>
                    <br />
                    {anyFilter ? t('leads.inbox.emptyFilteredBody') : t('leads.inbox.emptyBody')}
                  </>
                }
                data-testid="leads-empty"
              />
            ),
          }}
          scroll={{ x: 'max-content' }}
          data-testid="lead-table"
        />
      )}
    </Card>
  );
}
