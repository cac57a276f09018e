import type { UserView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { useAuthToken } from '../hooks/use-auth-token';
import { authKeys } from './keys';

export function getCurrentUser(signal?: AbortSignal): Promise<UserView> {
  return http.request<UserView>('/auth/me', { signal });
}

/** The signed-in user (`GET /api/auth/me`); idle while nobody is signed in. */
export function useGetCurrentUser() {
  const token = useAuthToken();
  return useQuery({
    queryKey: authKeys.currentUser(),
    queryFn: ({ signal }) => getCurrentUser(signal),
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });
}
