import type { UserView } from '@toolbox/contracts';
import { useGetCurrentUser } from '../api/get-current-user';
import { useAuthToken } from './use-auth-token';

export type Session =
  | { status: 'anonymous' }
  | { status: 'loading' }
  | { status: 'authenticated'; user: UserView }
  | { status: 'error'; error: Error; retry: () => void };

/** Who is signed in, derived from the stored token and `GET /api/auth/me`. */
export function useSession(): Session {
  const token = useAuthToken();
  const currentUser = useGetCurrentUser();
  if (token === null) return { status: 'anonymous' };
  if (currentUser.data) return { status: 'authenticated', user: currentUser.data };
  if (currentUser.isError) {
    return {
      status: 'error',
      error: currentUser.error,
      retry: () => void currentUser.refetch(),
    };
  }
  return { status: 'loading' };
}
