import { isOfferingStatus, OFFERING_STATUSES, type OfferingStatus } from '@toolbox/domain';
import { Card, Input, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AdminOfferingsTable,
  PageHeader,
  ReviewDrawer,
  useCatalogueLabels,
  useListParams,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

const DEFAULT_STATUS: OfferingStatus = 'published';

/** 全部方案: every offering by status, with the review and suspension moves that are legal. */
export function AdminOfferingsPage() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  useDocumentTitle(t('catalogue.all.documentTitle'));
  const params = useListParams(20);
  const rawStatus = params.get('status');
  const status = isOfferingStatus(rawStatus) ? rawStatus : DEFAULT_STATUS;
  const q = params.get('q');
  const open = params.get('open');

  return (
    <div className="tb-page" data-testid="admin-offerings-page">
      <PageHeader
        title={t('catalogue.all.title')}
        intro={t('catalogue.all.intro')}
        testId="page-title"
      />
      <Card variant="borderless">
        <Tabs
          activeKey={status}
          onChange={(key) =>
            params.setFilters({ status: key === DEFAULT_STATUS ? undefined : key })
          }
          items={OFFERING_STATUSES.map((value) => ({
            key: value,
            label: <span data-testid={`status-tab-${value}`}>{labels.status(value)}</span>,
          }))}
        />
        <div className="tb-cat-toolbar" role="search">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={t('catalogue.queue.searchPlaceholder')}
            aria-label={t('catalogue.queue.searchLabel')}
            onSearch={(value) => params.setFilters({ q: value.trim() })}
            style={{ maxWidth: 420 }}
          />
        </div>
        <AdminOfferingsTable
          mode="all"
          status={status}
          q={q}
          page={params.page}
          pageSize={params.pageSize}
          onPageChange={params.setPage}
          onOpen={(id) => params.setFilters({ open: id }, { keepPage: true })}
        />
      </Card>
      <ReviewDrawer
        offeringId={open || null}
        onClose={() => params.setFilters({ open: undefined }, { keepPage: true })}
      />
    </div>
  );
}
