import type { NotificationView } from '@toolbox/contracts';
import {
  INQUIRY_KIND_LABELS,
  INQUIRY_STATUS_LABELS,
  type InquiryKind,
  type InquiryStatus,
  type Role,
} from '@toolbox/domain';
import {
  adminInquiryPath,
  editOfferingPath,
  localName,
  offeringPath,
  PATHS,
  providerLeadPath,
  smeInquiryPath,
} from '../../shared';
import type { Language } from '../../lib';

/** The locale key (under `notifications.text`) of a notification's sentence. */
export type NotificationTextKey =
  | 'inquiryCreated'
  | 'inquiryCreatedNoName'
  | 'inquiryMessage'
  | 'inquiryStatus'
  | 'reviewCreated'
  | 'reviewReplaced'
  | 'reviewReplied'
  | 'offeringApproved'
  | 'offeringRejected'
  | 'offeringSuspended'
  | 'applicationDecided'
  | 'caseApproved'
  | 'caseRejected'
  | 'unknown';

export interface NotificationText {
  key: NotificationTextKey;
  values: Record<string, string | number>;
  /** Where clicking it goes (the inquiry's thread for the reader's role, the offering), if anywhere. */
  link: string | null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function isKey<T extends string>(value: unknown, record: Readonly<Record<T, unknown>>): value is T {
  return typeof value === 'string' && Object.hasOwn(record, value);
}

/** An inquiry's thread as the reader's role opens it. */
export function inquiryLink(role: Role, inquiryId: string): string {
  switch (role) {
    case 'sme':
      return smeInquiryPath(inquiryId);
    case 'provider':
      return providerLeadPath(inquiryId);
    case 'admin':
      return adminInquiryPath(inquiryId);
    case 'gov':
      // A gov account takes part in no inquiry; its notifications page is the nearest place.
      return PATHS.notifications;
  }
}

/**
 * What a notification says and links to, from its kind and flat payload (see the API's
 * notifier calls): the sentence's locale key and values, and the object's page for the reader.
 * Missing payload fields degrade to empty text, never to an error.
 */
export function notificationText(
  notification: Pick<NotificationView, 'kind' | 'payload'>,
  role: Role,
  language: Language,
): NotificationText {
  const p = notification.payload;
  const inquiry = str(p.inquiryId);
  const offering = str(p.offeringId);
  const toInquiry = inquiry ? inquiryLink(role, inquiry) : null;
  const toOffering = offering ? offeringPath(offering) : null;
  const kindName = isKey<InquiryKind>(p.kind, INQUIRY_KIND_LABELS)
    ? localName(INQUIRY_KIND_LABELS[p.kind], language)
    : '';
  // A kind newer than this client falls through to a generic sentence.
  const kind: string = notification.kind;
  switch (kind) {
    case 'inquiry_created':
      return {
        key: str(p.companyName) ? 'inquiryCreated' : 'inquiryCreatedNoName',
        values: { company: str(p.companyName), offering: str(p.offeringTitle), kind: kindName },
        link: toInquiry,
      };
    case 'inquiry_message':
      return {
        key: 'inquiryMessage',
        values: { offering: str(p.offeringTitle), excerpt: str(p.excerpt) },
        link: toInquiry,
      };
    case 'inquiry_status':
      return {
        key: 'inquiryStatus',
        values: {
          offering: str(p.offeringTitle),
          status: isKey<InquiryStatus>(p.to, INQUIRY_STATUS_LABELS)
            ? localName(INQUIRY_STATUS_LABELS[p.to], language)
            : str(p.to),
        },
        link: toInquiry,
      };
    case 'review_created':
      return {
        key: p.replaced === true ? 'reviewReplaced' : 'reviewCreated',
        values: { rating: str(p.rating) },
        link: toOffering,
      };
    case 'review_replied':
      return { key: 'reviewReplied', values: {}, link: toOffering };
    case 'offering_approved':
      return { key: 'offeringApproved', values: { title: str(p.title) }, link: toOffering };
    case 'offering_rejected':
    case 'offering_suspended':
      return {
        key: kind === 'offering_rejected' ? 'offeringRejected' : 'offeringSuspended',
        values: { title: str(p.title), reason: str(p.reason) },
        link: offering && role === 'provider' ? editOfferingPath(offering) : toOffering,
      };
    case 'application_decided':
      return { key: 'applicationDecided', values: {}, link: null };
    case 'case_approved':
    case 'case_rejected': {
      const caseId = str(p.caseId);
      const approved = kind === 'case_approved';
      return {
        key: approved ? 'caseApproved' : 'caseRejected',
        values: approved ? { title: str(p.title) } : { title: str(p.title), reason: str(p.reason) },
        // Published: its public page; rejected: the provider's editor to fix and resubmit.
        link: !caseId
          ? null
          : approved
            ? `${PATHS.cases}/${encodeURIComponent(caseId)}`
            : `${PATHS.providerCases}/${encodeURIComponent(caseId)}/edit`,
      };
    }
    default:
      return { key: 'unknown', values: {}, link: toInquiry ?? toOffering };
  }
}
