import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth';
import { PageHeader } from '../features/catalogue';
import { RegionalDashboard } from '../features/dashboards';
import { useDocumentTitle } from '../lib';

/**
 * 区域数字化看板 (gov and admin): a gov account sees its own region (and the cities in it); an
 * admin the whole country or any region. The charts load with this page only.
 */
export function DashboardsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboards.documentTitle'));
  const session = useSession();
  const gov = session.status === 'authenticated' && session.user.role === 'gov';
  const ownRegion = gov ? (session.user.region ?? undefined) : undefined;
  return (
    <div className="tb-page" data-testid="dashboards-page">
      <PageHeader
        title={t('dashboards.title')}
        intro={gov ? t('dashboards.introGov') : t('dashboards.introAdmin')}
        testId="page-title"
      />
      <RegionalDashboard ownRegion={ownRegion} />
    </div>
  );
}
