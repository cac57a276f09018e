import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { LoginLocationState } from '../app/guards';
import { PATHS } from '../shared';
import { AuthLayout, LoginForm } from '../features/auth';
import { useDocumentTitle } from '../lib';

function readReason(state: unknown): LoginLocationState['reason'] {
  if (typeof state !== 'object' || state === null) return undefined;
  const reason = (state as Record<string, unknown>).reason;
  return reason === 'expired' || reason === 'required' ? reason : undefined;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'));
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const reason = readReason(location.state);
  const next = searchParams.get('next');
  const registerLink = next ? `${PATHS.register}?next=${encodeURIComponent(next)}` : PATHS.register;

  return (
    <AuthLayout
      title={t('auth.login.title')}
      subtitle={t('auth.login.subtitle')}
      footer={
        <>
          <p>
            {t('auth.login.noAccount')}{' '}
            <Link to={registerLink} data-testid="to-register">
              {t('auth.login.toRegister')}
            </Link>
          </p>
          <p className="tb-auth__hint">{t('auth.login.adminHint')}</p>
        </>
      }
    >
      {reason && (
        <Alert
          type={reason === 'expired' ? 'warning' : 'info'}
          showIcon
          title={reason === 'expired' ? t('auth.sessionExpired') : t('auth.signInRequired')}
          className="tb-form-alert"
          data-testid="session-notice"
        />
      )}
      <LoginForm />
    </AuthLayout>
  );
}
