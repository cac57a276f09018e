import { Spin } from 'antd';
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
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
