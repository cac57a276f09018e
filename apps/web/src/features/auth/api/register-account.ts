import type { AuthResponse, RegisterRequest } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authToken, http } from '../../../lib';
import { authKeys } from './keys';

export type RegisterAccountBody = Pick<RegisterRequest, 'email' | 'password' | 'name' | 'role'>;

export function registerAccount(body: RegisterAccountBody): Promise<AuthResponse> {
  return http.request<AuthResponse>('/auth/register', {
    method: 'POST',
    body,
    endSessionOn401: false,
  });
}

/** Creates an SME or provider account and signs it in. */
export function useRegisterAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerAccount,
    onSuccess: ({ accessToken, user }) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.currentUser(), user);
      authToken.set(accessToken);
    },
  });
}
