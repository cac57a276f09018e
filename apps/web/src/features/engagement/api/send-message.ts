import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { engagementKeys } from './keys';
import type { InquiryMessage } from './types';

export interface SendMessageInput {
  inquiryId: string;
  body: string;
}

export function sendMessage({ inquiryId, body }: SendMessageInput): Promise<InquiryMessage> {
  return http.request<InquiryMessage>(`/inquiries/${encodeURIComponent(inquiryId)}/messages`, {
    method: 'POST',
    body: { body },
  });
}

/** Adds a message to a thread (the SME or the owning provider); the thread is refetched. */
export function useSendMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendMessage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: engagementKeys.inquiries() }),
  });
}
