/**
 * Values of the engagement endpoints (api-v1.md "Engagement"), without decorators, so the web
 * imports them through `@toolbox/contracts/constants`. The limits live in `@toolbox/domain`.
 */
export {
  INQUIRY_KINDS,
  INQUIRY_LIMITS,
  INQUIRY_STATUSES,
  FINAL_INQUIRY_STATUSES,
  type InquiryKind,
  type InquiryStatus,
} from '@toolbox/domain';

/** The longest funnel period one request may ask for, in days. */
export const FUNNEL_MAX_DAYS = 366;
