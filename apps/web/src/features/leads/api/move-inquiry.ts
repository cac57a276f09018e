import type { InquiryView } from '@toolbox/contracts';
import type { InquiryStatus } from '@toolbox/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { leadsKeys } from './keys';

export interface MoveInquiryInput {
  id: string;
  status: InquiryStatus;
  reason?: string;
}

export function moveInquiry({ id, status, reason }: MoveInquiryInput): Promise<InquiryView> {
  return http.request<InquiryView>(`/inquiries/${encodeURIComponent(id)}/status`, {
    method: 'POST',
    body: reason ? { status, reason } : { status },
  });
}

/** Moves a lead along (an illegal move is a 409); the thread shows the answer at once. */
export function useMoveInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveInquiry,
    onSuccess: (inquiry) => queryClient.setQueryData(leadsKeys.inquiry(inquiry.id), inquiry),
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadsKeys.inquiries() }),
  });
}
