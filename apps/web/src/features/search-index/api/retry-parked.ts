import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { searchIndexKeys } from './keys';

export interface RetryParkedResponse {
  retried: number;
}

export function retryParked(): Promise<RetryParkedResponse> {
  return http.request<RetryParkedResponse>('/admin/search/parked/retry', { method: 'POST' });
}

/** `POST /api/admin/search/parked/retry`: puts every parked index update back in the queue. */
export function useRetryParked() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryParked,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: searchIndexKeys.status() }),
  });
}
