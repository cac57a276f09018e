import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { FunnelDashboard } from '../features/leads';
import { useDocumentTitle } from '../lib';

/** 转化漏斗: views → inquiries → trials → won over a period, in total and per offering. */
export function ProviderFunnelPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leads.funnel.documentTitle'));
  return (
    <div className="tb-page" data-testid="provider-funnel-page">
      <PageHeader
        title={t('leads.funnel.title')}
        intro={t('leads.funnel.intro')}
        testId="page-title"
      />
      <FunnelDashboard />
    </div>
  );
}
