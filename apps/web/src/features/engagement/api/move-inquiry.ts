import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys } from './keys';
import type { Inquiry, MoveInquiryBody } from './types';

export interface MoveInquiryInput extends MoveInquiryBody {
  inquiryId: string;
}

export function moveInquiry({ inquiryId, ...body }: MoveInquiryInput): Promise<Inquiry> {
  return http.request<Inquiry>(`/inquiries/${encodeURIComponent(inquiryId)}/status`, {
    method: 'POST',
    body,
  });
}

/**
 * Moves an inquiry (the SME withdraws; the provider moves to trialing, won or lost); an illegal
 * move is a 409. The answer replaces the cached thread.
 */
export function useMoveInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveInquiry,
    onSuccess: (inquiry) => {
      queryClient.setQueryData(engagementKeys.inquiry(inquiry.id), inquiry);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: engagementKeys.inquiries() }),
  });
}
