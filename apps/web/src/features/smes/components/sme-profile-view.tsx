import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../../lib';
import { useGetMyProfile } from '../api/get-my-profile';
import { CompanyProfileForm } from './company-profile-form';
import { FormSkeleton, LoadFailed } from '../../../shared/ui';
import { SmeCompanyTabs } from './sme-company-tabs';
import { SmePageHeader } from './sme-page-header';
import '../smes.css';

/** `/sme/profile`: the company profile form, blank before the first save. */
export function SmeProfileView() {
  const { t } = useTranslation();
  useDocumentTitle(t('smes.profile.documentTitle'));
  const profile = useGetMyProfile();
  return (
    <div className="tb-page" data-testid="sme-profile-page">
      <SmePageHeader
        title={t('smes.profile.title')}
        subtitle={t('smes.profile.subtitle')}
        actions={<SmeCompanyTabs />}
      />
      {profile.isPending ? (
        <FormSkeleton />
      ) : profile.isError ? (
        <LoadFailed
          retryLabel={t('smes.errors.retry')}
          error={profile.error}
          retry={() => void profile.refetch()}
        />
      ) : (
        <Card variant="borderless">
          <CompanyProfileForm profile={profile.data} />
        </Card>
      )}
    </div>
  );
}
