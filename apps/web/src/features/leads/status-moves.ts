import { INQUIRY_STATUSES, type InquiryStatus, moveInquiry } from '@toolbox/domain';

/** The statuses the provider may move a lead to from `status` (the domain's state machine). */
export function providerMoves(status: InquiryStatus): InquiryStatus[] {
  return INQUIRY_STATUSES.filter((to) => moveInquiry(status, to, 'provider').ok);
}

/** A move to `lost` asks for the reason (kept in the thread's history); others may give one. */
export function reasonRequired(to: InquiryStatus): boolean {
  return to === 'lost';
}
