import type { ChangePasswordRequest } from '@toolbox/contracts';
import { useMutation } from '@tanstack/react-query';
import { http } from '../../../lib';

export type ChangePasswordBody = Pick<ChangePasswordRequest, 'currentPassword' | 'newPassword'>;

/** `POST /api/auth/password`: afterwards every token of the account is revoked, this one too. */
export function changePassword(body: ChangePasswordBody): Promise<void> {
  // A 401 here means a wrong current password, not an expired session.
  return http.request<void>('/auth/password', { method: 'POST', body, endSessionOn401: false });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
