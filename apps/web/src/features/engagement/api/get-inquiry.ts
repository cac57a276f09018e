import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys } from './keys';
import type { Inquiry } from './types';

export function getInquiry(id: string, signal?: AbortSignal): Promise<Inquiry> {
  return http.request<Inquiry>(`/inquiries/${encodeURIComponent(id)}`, { signal });
}

/** One inquiry with its messages and events (the SME, the owning provider or an admin). */
export function useGetInquiry(id: string | undefined, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: engagementKeys.inquiry(id ?? ''),
    queryFn: ({ signal }) => getInquiry(id ?? '', signal),
    enabled: id !== undefined && id !== '',
    refetchInterval: options.refetchInterval,
  });
}
