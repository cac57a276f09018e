import type { Role } from '@toolbox/domain';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { lazyPage } from './lazy-page';
import { PageLoading } from './page-loading';
import { LightButton, StatusPanel } from '../shared/ui';
import { useSession } from '../features/auth';
import { authToken, describeError } from '../lib';
import { loginPathFor, PATHS, roleHomePath, safeNextPath } from '../shared';

/** What the login page shows above the form when the user was sent there. */
export interface LoginLocationState {
  reason?: 'expired' | 'required';
}

function SessionError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <StatusPanel
      status="warning"
      title={t('errors.loadUserFailed')}
      subTitle={describeError(error, t)}
      extra={
        <LightButton type="primary" onClick={retry}>
          {t('errors.retry')}
        </LightButton>
      }
    />
  );
}

const ForbiddenPage = lazyPage(() => import('../pages/forbidden-page'), 'ForbiddenPage');

/** Signed-in users only; others go to `/login?next=<here>` (after signing out: to `/`). */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'anonymous': {
      // Signing out (here or in another tab) leaves for the front page, not the login form.
      if (authToken.lastEndReason() === 'logout') return <Navigate to={PATHS.home} replace />;
      const state: LoginLocationState = {
        reason: authToken.lastEndReason() === 'expired' ? 'expired' : 'required',
      };
      return (
        <Navigate
          to={loginPathFor(`${location.pathname}${location.search}`)}
          replace
          state={state}
        />
      );
    }
    case 'loading':
      return <PageLoading />;
    case 'error':
      return <SessionError error={session.error} retry={session.retry} />;
    case 'authenticated':
      return <Outlet />;
  }
}

export interface RequireRoleProps {
  role: Role;
}

/** Inside RequireAuth: a user of another role sees a 403 page with a way to their own home. */
export function RequireRole({ role }: RequireRoleProps) {
  const session = useSession();
  if (session.status !== 'authenticated') return <PageLoading />;
  if (session.user.role !== role) {
    return <ForbiddenPage requiredRole={role} userRole={session.user.role} />;
  }
  return <Outlet />;
}

/**
 * Login and registration. As soon as someone is signed in (including right after they submit
 * the form) they go to `?next=` when it is a safe in-app path, otherwise to their role's home.
 */
export function GuestOnly() {
  const session = useSession();
  const [searchParams] = useSearchParams();
  if (session.status === 'loading') return <PageLoading />;
  if (session.status === 'authenticated') {
    const next = safeNextPath(searchParams.get('next'));
    return <Navigate to={next ?? roleHomePath(session.user.role)} replace />;
  }
  return <Outlet />;
}
