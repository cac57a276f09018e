/**
 * Public face of features/engagement: import it only through this file. The thread view
 * (`InquiryThread`, with a slot for the provider's status moves) and the status tag are shared
 * with the provider's lead inbox (features/leads); `InquiryQuickAction` (a compact 申请试用 or the
 * linked inquiry) is used by the matches list (features/smes) and the plan board (features/plan).
 */
export { engagementKeys } from './api/keys';
export { useGetInquiry } from './api/get-inquiry';
export { useMoveInquiry } from './api/move-inquiry';
export type { Inquiry, InquiryEvent, InquiryMessage, InquirySummary } from './api/types';
export {
  InquiryQuickAction,
  type InquiryQuickActionProps,
} from './components/inquiry-quick-action';
export { InquiryStatusTag } from './components/inquiry-status-tag';
export {
  InquiryThread,
  type InquiryThreadProps,
  type ThreadViewer,
} from './components/inquiry-thread';
export { isInquiryStatus, MyInquiriesView } from './components/my-inquiries-view';
export { OfferingEngagement } from './components/offering-engagement';
export { ReviewList } from './components/review-list';
export { isFinalStatus } from './engagement-model';
export { useEngagementLabels } from './hooks/use-engagement-labels';
