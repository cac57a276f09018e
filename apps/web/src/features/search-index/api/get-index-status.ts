import type { IndexStatus } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchIndexKeys } from './keys';

const REFRESH_MS = 5_000;

export function getIndexStatus(signal?: AbortSignal): Promise<IndexStatus> {
  return http.request<IndexStatus>('/admin/search/status', { signal });
}

/** `GET /api/admin/search/status`, refreshed every few seconds while the page is open. */
export function useGetIndexStatus() {
  return useQuery({
    queryKey: searchIndexKeys.status(),
    queryFn: ({ signal }) => getIndexStatus(signal),
    refetchInterval: REFRESH_MS,
  });
}
