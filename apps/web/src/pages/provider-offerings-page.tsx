import { PlusOutlined } from '@ant-design/icons';
import { isOfferingStatus } from '@toolbox/domain';
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../shared';
import { ButtonLink } from '../shared/ui';
import {
  MyOfferingsTable,
  PageHeader,
  useGetMyProvider,
  useListParams,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

/** 我的方案: the provider's offerings, filterable by status. */
export function ProviderOfferingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.mine.documentTitle'));
  const params = useListParams(10);
  const rawStatus = params.get('status');
  const status = isOfferingStatus(rawStatus) ? rawStatus : undefined;
  const provider = useGetMyProvider();
  const needsProfile = provider.isSuccess && provider.data === null;

  return (
    <div className="tb-page" data-testid="provider-offerings-page">
      <PageHeader
        title={t('catalogue.mine.title')}
        intro={t('catalogue.mine.intro')}
        testId="page-title"
        actions={
          !needsProfile && (
            <ButtonLink
              to={PATHS.providerOfferingNew}
              type="primary"
              icon={<PlusOutlined />}
              data-testid="create-offering"
            >
              {t('catalogue.mine.create')}
            </ButtonLink>
          )
        }
      />
      {needsProfile ? (
        <Alert
          type="info"
          showIcon
          title={t('catalogue.profile.requiredTitle')}
          description={t('catalogue.profile.requiredBody')}
          action={
            <ButtonLink to={PATHS.providerProfile} type="primary">
              {t('catalogue.profile.toProfile')}
            </ButtonLink>
          }
          data-testid="profile-required"
        />
      ) : (
        <Card variant="borderless">
          <MyOfferingsTable
            status={status}
            page={params.page}
            pageSize={params.pageSize}
            onStatusChange={(next) => params.setFilters({ status: next })}
            onPageChange={params.setPage}
          />
        </Card>
      )}
    </div>
  );
}
