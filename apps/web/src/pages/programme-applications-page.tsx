import { useTranslation } from 'react-i18next';
import { PageHeader, useListParams } from '../features/catalogue';
import { ApplicationsQueue, isApplicationStatus } from '../features/programmes';
import { useDocumentTitle } from '../lib';

/** 补贴申请: the queue of applications to the programmes the gov (or admin) manages. */
export function ProgrammeApplicationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('programmes.applications.documentTitle'));
  const params = useListParams(20);
  const status = params.get('status');
  const programmeId = params.get('programmeId');
  return (
    <div className="tb-page" data-testid="programme-applications-page">
      <PageHeader
        title={t('programmes.applications.title')}
        intro={t('programmes.applications.intro')}
        testId="page-title"
      />
      <ApplicationsQueue
        page={params.page}
        pageSize={params.pageSize}
        programmeId={programmeId || undefined}
        status={isApplicationStatus(status) ? status : undefined}
        onPageChange={params.setPage}
        onFiltersChange={(filters) => params.setFilters(filters)}
      />
    </div>
  );
}
