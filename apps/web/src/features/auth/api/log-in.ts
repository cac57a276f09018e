import type { AuthResponse, LoginRequest } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authToken, http } from '../../../lib';
import { authKeys } from './keys';

export type LogInBody = Pick<LoginRequest, 'email' | 'password'>;

export function logIn(body: LogInBody): Promise<AuthResponse> {
  // A 401 here means wrong credentials, not an expired session.
  return http.request<AuthResponse>('/auth/login', {
    method: 'POST',
    body,
    endSessionOn401: false,
  });
}

/** Signs in, stores the token and seeds the current-user cache. */
export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: ({ accessToken, user }) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.currentUser(), user);
      authToken.set(accessToken);
    },
  });
}
