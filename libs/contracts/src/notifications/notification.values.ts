/**
 * In-app notification kinds (api-v1.md "Engagement", notifications): values only, so the web
 * imports them through `@toolbox/contracts/constants`.
 */
export const NOTIFICATION_KINDS = [
  'inquiry_created',
  'inquiry_message',
  'inquiry_status',
  'review_created',
  'review_replied',
  'offering_approved',
  'offering_rejected',
  'offering_suspended',
  'application_decided',
  'case_approved',
  'case_rejected',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification links to and says; flat, so every client can render it. */
export type NotificationPayload = Readonly<Record<string, string | number | boolean | null>>;

/** At most this many ids in one `POST /api/notifications/read`. */
export const NOTIFICATION_READ_MAX_IDS = 100;
