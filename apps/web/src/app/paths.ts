import type { Role } from '@toolbox/domain';

export const PATHS = {
  home: '/',
  login: '/login',
  register: '/register',
  smeHome: '/sme',
  providerHome: '/provider',
  adminHome: '/admin',
} as const;

const ROLE_HOME: Record<Role, string> = {
  sme: PATHS.smeHome,
  provider: PATHS.providerHome,
  admin: PATHS.adminHome,
};

export function roleHomePath(role: Role): string {
  return ROLE_HOME[role];
}

/** `/login?next=…` for coming back to `path` after signing in. */
export function loginPathFor(path: string): string {
  return path === PATHS.home || path.startsWith(PATHS.login)
    ? PATHS.login
    : `${PATHS.login}?next=${encodeURIComponent(path)}`;
}

/**
 * Only same-origin, in-app paths are followed after sign-in (`//evil.example` or
 * `https://…` would be an open redirect).
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  if (next.startsWith(PATHS.login) || next.startsWith(PATHS.register)) return null;
  return next;
}
