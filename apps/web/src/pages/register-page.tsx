import type { SelfServiceRole } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PATHS } from '../shared';
import { AuthLayout, RegisterForm } from '../features/auth';
import { useDocumentTitle } from '../lib';

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.register.title'));
  const [searchParams] = useSearchParams();
  const initialRole: SelfServiceRole = searchParams.get('role') === 'provider' ? 'provider' : 'sme';
  const next = searchParams.get('next');
  const loginLink = next ? `${PATHS.login}?next=${encodeURIComponent(next)}` : PATHS.login;

  return (
    <AuthLayout
      title={t('auth.register.title')}
      subtitle={t('auth.register.subtitle')}
      footer={
        <p>
          {t('auth.register.hasAccount')}{' '}
          <Link to={loginLink} data-testid="to-login">
            {t('auth.register.toLogin')}
          </Link>
        </p>
      }
    >
      <RegisterForm key={initialRole} initialRole={initialRole} />
    </AuthLayout>
  );
}
