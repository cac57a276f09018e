import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';

export interface PageSkeletonProps {
  rows?: number;
}

/** Placeholder while a page's data loads. */
export function PageSkeleton({ rows = 8 }: PageSkeletonProps) {
  const { t } = useTranslation();
  return (
    <div className="tb-page" aria-busy="true" aria-label={t('app.loading')}>
      <Skeleton active title={{ width: '40%' }} paragraph={{ rows: 1 }} />
      <Card variant="borderless" className="tb-skeleton-card">
        <Skeleton active paragraph={{ rows }} />
      </Card>
    </div>
  );
}

export interface LoadFailedProps {
  error: Error;
  retry: () => void;
  title?: string;
}

/** A failed load with the reason and a retry button. */
export function LoadFailed({ error, retry, title }: LoadFailedProps) {
  const { t } = useTranslation();
  return (
    <div className="tb-page">
      <Result
        status="warning"
        title={title ?? t('assessment.errors.loadFailed')}
        subTitle={describeError(error, t)}
        extra={
          <Button type="primary" icon={<ReloadOutlined />} onClick={retry}>
            {t('errors.retry')}
          </Button>
        }
        data-testid="load-error"
      />
    </div>
  );
}
