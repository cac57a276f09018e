import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, isApiError } from '../../../lib';

export interface QueryErrorProps {
  error: unknown;
  title: string;
  retry: () => void;
}

/** A failed load: what went wrong, and a way to try again. */
export function QueryError({ error, title, retry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={title}
      subTitle={describeError(error, t)}
      data-testid="query-error"
      extra={
        <Button type="primary" onClick={retry}>
          {t('errors.retry')}
        </Button>
      }
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

/** A missing offering or provider, inside the page (header and navigation stay). */
export function NotFoundState({ title, description, extra, testId }: NotFoundStateProps) {
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{title}</h1>}
      subTitle={description}
      extra={extra}
      data-testid={testId}
    />
  );
}
