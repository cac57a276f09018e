import type { InquiryView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { leadsKeys } from './keys';

export function getInquiry(id: string, signal?: AbortSignal): Promise<InquiryView> {
  return http.request<InquiryView>(`/inquiries/${encodeURIComponent(id)}`, { signal });
}

/** One inquiry with its thread and history (its SME, the owning provider, admins; else 404). */
export function useGetInquiry(id: string) {
  return useQuery({
    queryKey: leadsKeys.inquiry(id),
    queryFn: ({ signal }) => getInquiry(id, signal),
  });
}
