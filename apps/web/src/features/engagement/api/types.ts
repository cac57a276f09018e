/**
 * The engagement API's shapes (`/api/inquiries`, `/api/offerings/:id/reviews`), from the shared
 * contracts; aliased here so the feature has one place to follow if the contract moves.
 */
export type {
  InquiryEventView as InquiryEvent,
  InquiryMessageView as InquiryMessage,
  InquirySummaryView as InquirySummary,
  InquiryView as Inquiry,
  Page,
  ReviewView as Review,
} from '@toolbox/contracts';
export type { InquiryKind, InquiryStatus } from '@toolbox/contracts/constants';

import type { InquiryKind, InquiryStatus } from '@toolbox/contracts/constants';

/** `POST /api/inquiries`. */
export interface CreateInquiryBody {
  offeringId: string;
  kind: InquiryKind;
  message: string;
  planName?: string;
}

/** `POST /api/inquiries/:id/status`. */
export interface MoveInquiryBody {
  status: InquiryStatus;
  reason?: string;
}

/** `PUT /api/offerings/:id/reviews/mine`. */
export interface PutReviewBody {
  rating: number;
  body: string;
}
