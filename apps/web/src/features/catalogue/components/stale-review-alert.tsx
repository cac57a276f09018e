import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { catalogueKeys } from '../api/keys';

/** What the admin sees no longer matches the offering's current version: reload before deciding. */
export function StaleReviewAlert() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Alert
      type="warning"
      showIcon
      className="tb-form-alert"
      title={t('catalogue.review.staleTitle')}
      action={
        <Button
          size="small"
          icon={<ReloadOutlined />}
          onClick={() => void queryClient.invalidateQueries({ queryKey: catalogueKeys.all })}
          data-testid="review-stale-refresh"
        >
          {t('catalogue.review.staleRefresh')}
        </Button>
      }
      data-testid="review-stale"
    />
  );
}
