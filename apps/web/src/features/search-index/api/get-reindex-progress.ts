import type { ReindexProgress } from '@toolbox/contracts';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchIndexKeys } from './keys';

/** How often a running reindex is polled. */
export const REINDEX_POLL_MS = 500;

export async function getReindexProgress(signal?: AbortSignal): Promise<ReindexProgress | null> {
  // The API answers `null` (an empty body) when no reindex has run yet.
  return (await http.request<ReindexProgress | null>('/admin/search/reindex', { signal })) ?? null;
}

/** Fetches the progress; when a running reindex has just ended, the index status is refreshed. */
async function pollProgress(
  queryClient: QueryClient,
  signal: AbortSignal,
): Promise<ReindexProgress | null> {
  const before = queryClient.getQueryData<ReindexProgress | null>(searchIndexKeys.reindex());
  const progress = await getReindexProgress(signal);
  if (before?.state === 'running' && progress?.state !== 'running') {
    void queryClient.invalidateQueries({ queryKey: searchIndexKeys.status() });
  }
  return progress;
}

/** `GET /api/admin/search/reindex`: the latest reindex (or null), polled every 500 ms while it runs. */
export function useGetReindexProgress() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: searchIndexKeys.reindex(),
    queryFn: ({ signal }) => pollProgress(queryClient, signal),
    refetchInterval: (query) => (query.state.data?.state === 'running' ? REINDEX_POLL_MS : false),
  });
}
