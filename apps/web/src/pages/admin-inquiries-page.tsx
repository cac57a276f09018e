import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { LeadInbox } from '../features/leads';
import { useDocumentTitle } from '../lib';
import { adminInquiryPath } from '../shared';

/** 全部咨询 (admin): every inquiry on the platform, read-only. */
export function AdminInquiriesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leads.inbox.adminDocumentTitle'));
  return (
    <div className="tb-page" data-testid="admin-inquiries-page">
      <PageHeader
        title={t('leads.inbox.adminTitle')}
        intro={t('leads.inbox.adminIntro')}
        testId="page-title"
      />
      <LeadInbox mode="admin" threadPath={adminInquiryPath} />
    </div>
  );
}
