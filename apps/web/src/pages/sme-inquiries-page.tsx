import { useTranslation } from 'react-i18next';
import { isInquiryStatus, MyInquiriesView } from '../features/engagement';
import { PageHeader, useListParams } from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** `/sme/inquiries` (我的咨询): the SME's inquiries, filterable by status. */
export function SmeInquiriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('engagement.list.documentTitle'));
  const params = useListParams(10);
  const rawStatus = params.get('status');
  const status = isInquiryStatus(rawStatus) ? rawStatus : undefined;
  return (
    <div className="tb-page" data-testid="sme-inquiries-page">
      <PageHeader
        title={t('engagement.list.title')}
        intro={t('engagement.list.intro')}
        testId="page-title"
      />
      <MyInquiriesView
        status={status}
        page={params.page}
        pageSize={params.pageSize}
        onStatusChange={(next) => params.setFilters({ status: next })}
        onPageChange={params.setPage}
      />
    </div>
  );
}
