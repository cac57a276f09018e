import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib';

export function FormSkeleton() {
  return (
    <Card variant="borderless" aria-busy="true">
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}

export interface LoadErrorProps {
  error: Error;
  retry: () => void;
}

/** A failed load with a retry button. */
export function LoadError({ error, retry }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('search.errors.loadFailed')}
      subTitle={describeError(error, t)}
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={retry}>
          {t('search.errors.retry')}
        </Button>
      }
      data-testid="load-error"
    />
  );
}
