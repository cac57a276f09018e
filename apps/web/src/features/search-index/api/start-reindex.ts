import type { ReindexProgress } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchIndexKeys } from './keys';

export function startReindex(): Promise<ReindexProgress> {
  return http.request<ReindexProgress>('/admin/search/reindex', { method: 'POST' });
}

/** `POST /api/admin/search/reindex` (202; 409 while one runs); polling then follows it. */
export function useStartReindex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startReindex,
    onSuccess: (progress) => {
      queryClient.setQueryData(searchIndexKeys.reindex(), progress);
    },
    onError: () => {
      // 409: one is already running; show that one.
      void queryClient.invalidateQueries({ queryKey: searchIndexKeys.reindex() });
    },
  });
}
