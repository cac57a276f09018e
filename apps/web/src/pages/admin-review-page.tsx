import { Card, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AdminOfferingsTable,
  PageHeader,
  ReviewDrawer,
  useListParams,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 审核队列: new submissions and revisions of published offerings, oldest first. */
export function AdminReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.queue.documentTitle'));
  const params = useListParams(20);
  const q = params.get('q');
  const open = params.get('open');

  return (
    <div className="tb-page" data-testid="admin-review-page">
      <PageHeader
        title={t('catalogue.queue.title')}
        intro={t('catalogue.queue.intro')}
        testId="page-title"
      />
      <Card variant="borderless">
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
            data-testid="queue-search"
          />
        </div>
        <AdminOfferingsTable
          mode="queue"
          status="pending"
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
