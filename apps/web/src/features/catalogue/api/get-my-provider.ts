import type { ProviderView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http, isApiError } from '../../../lib';
import { catalogueKeys } from './keys';

/** `code` of the 409 the API answers until the provider has filled in a profile. */
export const PROVIDER_PROFILE_REQUIRED = 'PROVIDER_PROFILE_REQUIRED';

export function isProfileRequired(error: unknown): boolean {
  return isApiError(error) && error.code === PROVIDER_PROFILE_REQUIRED;
}

/** The signed-in provider's profile, or null while it has not been filled in. */
export async function getMyProvider(signal?: AbortSignal): Promise<ProviderView | null> {
  try {
    return await http.request<ProviderView>('/providers/me', { signal });
  } catch (error) {
    if (isProfileRequired(error)) return null;
    throw error;
  }
}

export function useGetMyProvider() {
  return useQuery({
    queryKey: catalogueKeys.myProvider(),
    queryFn: ({ signal }) => getMyProvider(signal),
  });
}
