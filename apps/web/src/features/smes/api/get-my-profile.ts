import type { SmeProfileView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http, isApiError } from '../../../lib';
import { smeKeys } from './keys';

/** The API's `code` when the signed-in SME has not filled in its company profile yet. */
export const SME_PROFILE_REQUIRED = 'SME_PROFILE_REQUIRED';

export function isProfileRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code === SME_PROFILE_REQUIRED;
}

/** The signed-in SME's company profile, or null when there is none yet (409). */
export async function getMyProfile(signal?: AbortSignal): Promise<SmeProfileView | null> {
  try {
    return await http.request<SmeProfileView>('/smes/me', { signal });
  } catch (error) {
    if (isProfileRequired(error)) return null;
    throw error;
  }
}

/** `GET /api/smes/me`: the company profile; `data === null` before it is first saved. */
export function useGetMyProfile() {
  return useQuery({ queryKey: smeKeys.profile(), queryFn: ({ signal }) => getMyProfile(signal) });
}
