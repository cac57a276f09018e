import { useSyncExternalStore } from 'react';
import { authToken } from '../../../lib';

/** The current access token (null when signed out); re-renders when it changes. */
export function useAuthToken(): string | null {
  return useSyncExternalStore(authToken.subscribe, authToken.get, () => null);
}
