import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailed } from '../../../shared/ui';
import { useDocumentTitle } from '../../../lib';
import { useGetIndexStatus } from '../api/get-index-status';
import '../search-index.css';
import { ParkedTable } from './parked-table';
import { ReconcilePanel } from './reconcile-panel';
import { ReindexPanel } from './reindex-panel';
import { StatusCards } from './status-cards';

/** The admin search-index page: status, reindex, reconcile and parked rows. */
export function IndexStatusView() {
  const { t } = useTranslation();
  useDocumentTitle(t('searchIndex.documentTitle'));
  const status = useGetIndexStatus();

  return (
    <div className="tb-page" data-testid="admin-search-index-page">
      <header className="tb-page-head">
        <div>
          <h1 className="tb-page-head__title">{t('searchIndex.title')}</h1>
          <p className="tb-page-head__subtitle">{t('searchIndex.subtitle')}</p>
        </div>
        <div className="tb-page-head__actions">
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void status.refetch()}
            loading={status.isFetching && !status.isPending}
          >
            {t('searchIndex.refresh')}
          </Button>
        </div>
      </header>

      {status.isPending ? (
        <Card variant="borderless">
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : status.isError ? (
        <LoadFailed
          error={status.error}
          retry={() => void status.refetch()}
          title={t('searchIndex.statusFailed')}
          retryLabel={t('searchIndex.errors.retry')}
          retryIcon={false}
        />
      ) : (
        <StatusCards status={status.data} />
      )}

      <Row gutter={[16, 16]} className="tb-index-actions">
        <Col xs={24} lg={12}>
          <ReindexPanel />
        </Col>
        <Col xs={24} lg={12}>
          <ReconcilePanel />
        </Col>
      </Row>

      <ParkedTable status={status} />
    </div>
  );
}
