import { useTranslation } from 'react-i18next';
import { PageHeader, useListParams } from '../features/catalogue';
import { MyApplications } from '../features/programmes';
import { useDocumentTitle } from '../lib';

/** 我的申请: the SME's subsidy applications. */
export function SmeApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.mine.documentTitle'));
  const params = useListParams(20);
  return (
    <div className="tb-page" data-testid="sme-applications-page">
      <PageHeader
        title={t('programmes.mine.title')}
        intro={t('programmes.mine.intro')}
        testId="page-title"
      />
      <MyApplications page={params.page} pageSize={params.pageSize} onPageChange={params.setPage} />
    </div>
  );
}
