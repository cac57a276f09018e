import { useTranslation } from 'react-i18next';
import { PageHeader } from '../features/catalogue';
import { DemandInsight } from '../features/leads';
import { useDocumentTitle } from '../lib';

/** 市场需求洞察 (providers and admins): demand against supply per scenario. */
export function DemandInsightPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('leads.demand.documentTitle'));
  return (
    <div className="tb-page" data-testid="demand-insight-page">
      <PageHeader
        title={t('leads.demand.title')}
        intro={t('leads.demand.intro')}
        testId="page-title"
      />
      <DemandInsight />
    </div>
  );
}
