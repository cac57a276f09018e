import { useTranslation } from 'react-i18next';
import { LightButton, StatusPanel } from '../shared/ui';

export interface ErrorFallbackProps {
  /** Shown in development builds only, to help whoever is debugging. */
  error?: unknown;
}

/** The friendly "something went wrong" page. Uses plain links so it works outside the router. */
export function ErrorFallback({ error }: ErrorFallbackProps) {
  const { t } = useTranslation();
  return (
    <div className="tb-error" role="alert" data-testid="error-fallback">
      <StatusPanel
        status="error"
        title={t('errorBoundary.title')}
        subTitle={t('errorBoundary.description')}
        extra={
          <>
            <LightButton key="reload" type="primary" onClick={() => window.location.reload()}>
              {t('errorBoundary.reload')}
            </LightButton>
            <a key="home" href="/" className="tb-btn tb-btn--default">
              {t('errorBoundary.home')}
            </a>
          </>
        }
      >
        {import.meta.env.DEV && error instanceof Error && (
          <pre className="tb-error__detail">{error.stack ?? error.message}</pre>
        )}
      </StatusPanel>
    </div>
  );
}
