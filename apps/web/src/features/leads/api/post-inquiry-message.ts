import type { InquiryMessageView } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { leadsKeys } from './keys';

export interface PostInquiryMessageInput {
  id: string;
  body: string;
}

export function postInquiryMessage({
  id,
  body,
}: PostInquiryMessageInput): Promise<InquiryMessageView> {
  return http.request<InquiryMessageView>(`/inquiries/${encodeURIComponent(id)}/messages`, {
    method: 'POST',
    body: { body },
  });
}

/** Answers in the thread (the provider's first answer makes an open lead `responded`). */
export function usePostInquiryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postInquiryMessage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: leadsKeys.inquiries() }),
  });
}
