import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { LeadInbox } from '../features/leads';
import { useDocumentTitle } from '../lib';
import { providerLeadPath } from '../shared';

/** 线索收件箱: the provider's inquiries, filtered and paged, with unread markers. */
export function ProviderLeadsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leads.inbox.documentTitle'));
  return (
    <div className="tb-page" data-testid="provider-leads-page">
      <PageHeader
        title={t('leads.inbox.title')}
        intro={t('leads.inbox.intro')}
        testId="page-title"
      />
      <LeadInbox mode="provider" threadPath={providerLeadPath} />
    </div>
  );
}
