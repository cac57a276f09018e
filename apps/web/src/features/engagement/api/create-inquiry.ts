import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys } from './keys';
import type { CreateInquiryBody, Inquiry } from './types';

export function createInquiry(body: CreateInquiryBody): Promise<Inquiry> {
  return http.request<Inquiry>('/inquiries', { method: 'POST', body });
}

/** Opens an inquiry (question, trial or quote) on an offering; the SME's lists are refetched. */
export function useCreateInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInquiry,
    onSuccess: (inquiry) => {
      queryClient.setQueryData(engagementKeys.inquiry(inquiry.id), inquiry);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: engagementKeys.inquiries() }),
  });
}
