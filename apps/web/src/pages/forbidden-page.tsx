import type { Role } from '@toolbox/domain';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleHomePath } from '../shared';
import { ButtonLink } from '../shared/ui';
import { useDocumentTitle } from '../lib';

export interface ForbiddenPageProps {
  requiredRole: Role;
  userRole: Role;
}

export function ForbiddenPage({ requiredRole, userRole }: ForbiddenPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.documentTitle'));
  return (
    <Result
      status="403"
      title={<h1 className="tb-result-title">{t('forbidden.title')}</h1>}
      subTitle={t('forbidden.description', { role: t(`roles.${requiredRole}`) })}
      data-testid="forbidden-page"
      extra={
        <ButtonLink type="primary" to={roleHomePath(userRole)}>
          {t('forbidden.toMyHome')}
        </ButtonLink>
      }
    />
  );
}
