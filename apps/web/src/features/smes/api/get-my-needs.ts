import type { NeedsView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { smeKeys } from './keys';

export function getMyNeeds(signal?: AbortSignal): Promise<NeedsView> {
  return http.request<NeedsView>('/smes/me/needs', { signal });
}

/** `GET /api/smes/me/needs` (scenarios `[]` when never set). */
export function useGetMyNeeds() {
  return useQuery({ queryKey: smeKeys.needs(), queryFn: ({ signal }) => getMyNeeds(signal) });
}
