import { useTranslation } from 'react-i18next';

export interface PageLoadingProps {
  /** Fill the whole viewport (before the shell exists) instead of the content area. */
  fullScreen?: boolean;
}

export function PageLoading({ fullScreen = false }: PageLoadingProps) {
  const { t } = useTranslation();
  return (
    <div
      className={fullScreen ? 'tb-loading tb-loading--full' : 'tb-loading'}
      role="status"
      aria-live="polite"
      data-testid="page-loading"
    >
      {/* antd's large Spin (four dots turning), drawn in CSS: it shows before antd is loaded. */}
      <span className="tb-spin">
        <span className="tb-spin__dots" aria-hidden="true">
          <i />
          <i />
          <i />
          <i />
        </span>
        <span className="tb-spin__text">{t('app.loading')}</span>
      </span>
    </div>
  );
}
