import { useTranslation } from 'react-i18next';
import { PageHeader, useListParams } from '../features/catalogue';
import { CaseReviewQueue } from '../features/cases';
import { useDocumentTitle } from '../lib';

/** 案例审核: submitted cases waiting for an admin. */
export function AdminCasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cases.review.documentTitle'));
  const params = useListParams(20);
  return (
    <div className="tb-page" data-testid="admin-cases-page">
      <PageHeader
        title={t('cases.review.title')}
        intro={t('cases.review.intro')}
        testId="page-title"
      />
      <CaseReviewQueue
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={params.setPage}
      />
    </div>
  );
}
