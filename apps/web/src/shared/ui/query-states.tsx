import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../lib';
import { StatusPanel } from './status-panel';

// antd's Result with its 404 illustration, fetched only when something is not found.
const NotFoundResult = lazy(() => import('./not-found-result'));

export interface LoadFailedProps {
  error: unknown;
  retry: () => void;
  /** Defaults to "Could not load". */
  title?: string;
  /** Defaults to "Retry". */
  retryLabel?: string;
  /** Whether the retry button shows the reload icon (default true). */
  retryIcon?: boolean;
  testId?: string;
}

/** A failed load: what went wrong (translated), and a button to try again. */
export function LoadFailed({
  error,
  retry,
  title,
  retryLabel,
  retryIcon = true,
  testId = 'load-error',
}: LoadFailedProps) {
  const { t } = useTranslation();
  return (
    <StatusPanel
      status="warning"
      titleAs="div"
      title={title ?? t('errors.loadFailed')}
      subTitle={describeError(error, t)}
      extra={
        <Button type="primary" icon={retryIcon ? <ReloadOutlined /> : undefined} onClick={retry}>
          {retryLabel ?? t('errors.retry')}
        </Button>
      }
      testId={testId}
    />
  );
}

/** True for the answers that mean "there is no such thing (for you)": 404, or a malformed id. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || error.status === 400);
}

export interface NotFoundStateProps {
  title: string;
  description: string;
  extra?: ReactNode;
  testId?: string;
}

/** A missing thing, inside the page (header and navigation stay). */
export function NotFoundState({ title, description, extra, testId }: NotFoundStateProps) {
  return (
    <Suspense fallback={null}>
      <NotFoundResult title={title} description={description} extra={extra} testId={testId} />
    </Suspense>
  );
}

export interface QueryFailedProps {
  error: unknown;
  retry: () => void;
  /** Shown when the thing does not exist (for this user): 404, or a malformed id. */
  notFound: ReactNode;
  /** The title of any other failure, shown with a retry button. */
  title: string;
}

/** A failed query of one thing: "not found", or the load failure with a retry. */
export function QueryFailed({ error, retry, notFound, title }: QueryFailedProps) {
  if (isNotFound(error)) return notFound;
  return (
    <LoadFailed retryIcon={false} testId="query-error" error={error} title={title} retry={retry} />
  );
}

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

/** Placeholder while a form's saved values load. */
export function FormSkeleton() {
  return (
    <Card variant="borderless" aria-busy="true">
      <Skeleton active paragraph={{ rows: 8 }} />
    </Card>
  );
}
