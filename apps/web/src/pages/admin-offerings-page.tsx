import { isOfferingStatus, OFFERING_STATUSES, type OfferingStatus } from '@toolbox/domain';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  AdminOfferingsList,
  PageHeader,
  useCatalogueLabels,
  useListParams,
} from '../features/catalogue';
import { useDocumentTitle } from '../lib';

const DEFAULT_STATUS: OfferingStatus = 'published';

/** 全部方案: every offering by status, with the review and suspension moves that are legal. */
export function AdminOfferingsPage() {
  const { t } = useTranslation();
  const labels = useCatalogueLabels();
  useDocumentTitle(t('catalogue.all.documentTitle'));
  const params = useListParams(20);
  const rawStatus = params.get('status');
  const status = isOfferingStatus(rawStatus) ? rawStatus : DEFAULT_STATUS;

  return (
    <div className="tb-page" data-testid="admin-offerings-page">
      <PageHeader
        title={t('catalogue.all.title')}
        intro={t('catalogue.all.intro')}
        testId="page-title"
      />
      <AdminOfferingsList mode="all" status={status} params={params}>
        <Tabs
          activeKey={status}
          onChange={(key) =>
            params.setFilters({ status: key === DEFAULT_STATUS ? undefined : key })
          }
          items={OFFERING_STATUSES.map((value) => ({
            key: value,
            label: <span data-testid={`status-tab-${value}`}>{labels.status(value)}</span>,
          }))}
        />
      </AdminOfferingsList>
    </div>
  );
}
