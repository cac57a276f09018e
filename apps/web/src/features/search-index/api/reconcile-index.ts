import type { ReconcileReport } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchIndexKeys } from './keys';

export function reconcileIndex(): Promise<ReconcileReport> {
  return http.request<ReconcileReport>('/admin/search/reconcile', { method: 'POST' });
}

/** `POST /api/admin/search/reconcile`: compares the index with the database and repairs it. */
export function useReconcileIndex() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reconcileIndex,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: searchIndexKeys.status() }),
  });
}
