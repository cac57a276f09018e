import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { authToken } from '../lib';
import type { LoginLocationState } from './guards';
import { loginPathFor, PATHS } from '../shared';

/**
 * When the API refuses the token (401) or it expires, forget private data and send the user to
 * sign in, remembering where they were. Renders nothing.
 */
export function SessionWatcher() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const here = useRef(location);
  here.current = location;

  useEffect(
    () =>
      authToken.onSessionEnd((reason) => {
        queryClient.removeQueries();
        if (reason === 'logout') return;
        const { pathname, search } = here.current;
        if (pathname === PATHS.login || pathname === PATHS.register) return;
        const state: LoginLocationState = { reason };
        void navigate(loginPathFor(`${pathname}${search}`), { replace: true, state });
      }),
    [navigate, queryClient],
  );

  return null;
}
