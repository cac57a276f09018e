import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../shared/ui';
import { useDocumentTitle } from '../lib';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="tb-result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.description')}
      data-testid="not-found-page"
      extra={
        <ButtonLink type="primary" to="/">
          {t('notFound.home')}
        </ButtonLink>
      }
    />
  );
}
