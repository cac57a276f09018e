import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib';
import { useGetMyNeeds } from '../api/get-my-needs';
import { FormSkeleton, LoadFailed } from '../../../shared/ui';
import { NeedsForm } from './needs-form';
import { SmeCompanyTabs } from './sme-company-tabs';
import { SmePageHeader } from './sme-page-header';
import '../smes.css';

/** `/sme/needs`: what the SME wants to improve, its budget and deployment preference. */
export function SmeNeedsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('smes.needs.documentTitle'));
  const needs = useGetMyNeeds();
  return (
    <div className="tb-page" data-testid="sme-needs-page">
      <SmePageHeader
        title={t('smes.needs.title')}
        subtitle={t('smes.needs.subtitle')}
        actions={<SmeCompanyTabs />}
      />
      {needs.isPending ? (
        <FormSkeleton />
      ) : needs.isError ? (
        <LoadFailed
          retryLabel={t('smes.errors.retry')}
          error={needs.error}
          retry={() => void needs.refetch()}
        />
      ) : (
        <Card variant="borderless">
          <NeedsForm needs={needs.data} />
        </Card>
      )}
    </div>
  );
}
