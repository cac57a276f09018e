import { http } from '../../../lib';

/** How long sign-out waits for the API before it forgets the token anyway. */
const LOG_OUT_TIMEOUT_MS = 5000;

/** Revokes this token on the server (`POST /api/auth/logout`). */
export function logOut(): Promise<void> {
  return http.request<void>('/auth/logout', {
    method: 'POST',
    // An already-dead token changes nothing: the local sign-out below still happens.
    endSessionOn401: false,
    signal: AbortSignal.timeout(LOG_OUT_TIMEOUT_MS),
  });
}

/**
 * The sign-out sequence: revoke the token on the server while it is still sent, then forget it
 * locally — always, even when the server could not be reached or refused it.
 */
export async function signOut(revoke: () => Promise<void>, forget: () => void): Promise<void> {
  try {
    await revoke();
  } catch {
    // Offline, timed out or already revoked: the local sign-out is what the user asked for.
  } finally {
    forget();
  }
}
