import { CheckCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';
import { useReconcileIndex } from '../api/reconcile-index';

/** Compares the index with the database and repairs what differs, with a report. */
export function ReconcilePanel() {
  const { t } = useTranslation();
  const reconcile = useReconcileIndex();
  return (
    <Card
      variant="borderless"
      title={<h2 className="tb-card-title">{t('searchIndex.reconcileTitle')}</h2>}
      extra={
        <Button
          icon={<SafetyCertificateOutlined />}
          onClick={() => reconcile.mutate()}
          loading={reconcile.isPending}
          data-testid="reconcile-start"
        >
          {t('searchIndex.reconcile')}
        </Button>
      }
    >
      <p className="tb-card-intro">{t('searchIndex.reconcileIntro')}</p>
      {reconcile.isError && (
        <Alert type="error" showIcon title={describeError(reconcile.error, t)} />
      )}
      {reconcile.data && (
        <div data-testid="reconcile-report">
          <Alert
            type={
              reconcile.data.missing + reconcile.data.stale + reconcile.data.extra === 0
                ? 'success'
                : 'warning'
            }
            showIcon
            icon={<CheckCircleOutlined />}
            title={
              reconcile.data.missing + reconcile.data.stale + reconcile.data.extra === 0
                ? t('searchIndex.reconcileClean', { count: reconcile.data.checked })
                : t('searchIndex.reconcileRepaired', { count: reconcile.data.repaired })
            }
            className="tb-form-alert"
          />
          <Descriptions
            size="small"
            bordered
            layout="vertical"
            column={{ xs: 2, sm: 5 }}
            items={(['checked', 'missing', 'stale', 'extra', 'repaired'] as const).map((key) => ({
              key,
              label: (
                <Tooltip title={t(`searchIndex.report.${key}Hint`)}>
                  <span>{t(`searchIndex.report.${key}`)}</span>
                </Tooltip>
              ),
              children: reconcile.data[key],
            }))}
          />
        </div>
      )}
    </Card>
  );
}
