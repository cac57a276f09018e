import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 补贴申请: the queue of applications to the programmes the gov (or admin) manages. */
export function ProgrammeApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.applications.documentTitle'));
  return (
    <div className="tb-page" data-testid="programme-applications-page">
      <PageHeader
        title={t('programmes.applications.title')}
        intro={t('programmes.applications.intro')}
        testId="page-title"
      />
    </div>
  );
}
