import { useTranslation } from 'react-i18next';
import { AdminOfferingsList, PageHeader, useListParams } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 审核队列: new submissions and revisions of published offerings, oldest first. */
export function AdminReviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.queue.documentTitle'));
  const params = useListParams(20);

  return (
    <div className="tb-page" data-testid="admin-review-page">
      <PageHeader
        title={t('catalogue.queue.title')}
        intro={t('catalogue.queue.intro')}
        testId="page-title"
      />
      <AdminOfferingsList
        mode="queue"
        status="pending"
        params={params}
        searchTestId="queue-search"
      />
    </div>
  );
}
