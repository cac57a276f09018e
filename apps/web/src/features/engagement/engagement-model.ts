import {
  FINAL_INQUIRY_STATUSES,
  INQUIRY_KINDS,
  type InquiryKind,
  type InquiryStatus,
} from '@toolbox/contracts/constants';
import type { Inquiry, InquiryEvent, InquiryMessage, InquirySummary } from './api/types';

/** `won`, `lost` and `withdrawn`: no more messages or moves. */
export function isFinalStatus(status: InquiryStatus): boolean {
  return (FINAL_INQUIRY_STATUSES as readonly InquiryStatus[]).includes(status);
}

/** What the offering page offers for one kind: a button, or the unfinished inquiry instead. */
export type InquiryAction =
  | { kind: InquiryKind; state: 'new' }
  | { kind: InquiryKind; state: 'open'; inquiry: InquirySummary };

/**
 * For each kind (question, trial, quote): the SME's newest unfinished inquiry of that kind on the
 * offering (shown instead of a second button — the API refuses a duplicate with 409), else a
 * button. Finished inquiries (won, lost, withdrawn) do not block a new one.
 */
export function inquiryActions(
  inquiries: readonly InquirySummary[],
  offeringId: string,
): InquiryAction[] {
  return INQUIRY_KINDS.map((kind) => {
    const open = inquiries
      .filter((i) => i.offering.id === offeringId && i.kind === kind && !isFinalStatus(i.status))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return open ? { kind, state: 'open', inquiry: open } : { kind, state: 'new' };
  });
}

/** Which of the SME's inquiries on an offering a compact action (matches list, plan card) links to. */
export interface LinkedInquiryOptions {
  /** Kinds that count (default: all three). */
  kinds?: readonly InquiryKind[];
  /** Whether a won inquiry counts when none is unfinished (the plan card: "adopted through it"). */
  includeWon?: boolean;
}

/**
 * The inquiry a compact action shows instead of its button: the SME's unfinished inquiry on the
 * offering (a trial first, then the newest activity), else — with `includeWon` — the newest won
 * one; null when there is none (lost and withdrawn ones never block a new request).
 */
export function linkedInquiry(
  inquiries: readonly InquirySummary[],
  offeringId: string,
  { kinds = INQUIRY_KINDS, includeWon = false }: LinkedInquiryOptions = {},
): InquirySummary | null {
  const mine = inquiries
    .filter((i) => i.offering.id === offeringId && kinds.includes(i.kind))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const unfinished = mine.filter((i) => !isFinalStatus(i.status));
  const pick =
    unfinished.find((i) => i.kind === 'trial') ??
    unfinished[0] ??
    (includeWon ? mine.find((i) => i.status === 'won') : undefined);
  return pick ?? null;
}

/** Statuses an inquiry has passed through that make its SME eligible to review the offering. */
const REVIEW_STATUSES: readonly InquiryStatus[] = ['trialing', 'won'];

/**
 * Whether the SME may review the offering, and how the review will be badged: `adopted` when an
 * inquiry on it is won, `trial` when one is trialing — or was, before being lost or withdrawn
 * (`reachedTrial`, from the thread's events, which the list does not carry; a summary
 * list alone only knows the current status). null: not eligible (as far as the list tells).
 */
export function reviewEligibility(
  inquiries: readonly InquirySummary[],
  offeringId: string,
  reachedTrial: ReadonlySet<string> = new Set(),
): 'trial' | 'adopted' | null {
  const mine = inquiries.filter((i) => i.offering.id === offeringId);
  if (mine.some((i) => i.status === 'won')) return 'adopted';
  if (mine.some((i) => REVIEW_STATUSES.includes(i.status) || reachedTrial.has(i.id))) {
    return 'trial';
  }
  return null;
}

/** One entry of a thread's timeline: a message, or an event worth a line (not `message`). */
export type TimelineEntry =
  | { type: 'message'; id: string; at: string; message: InquiryMessage }
  | { type: 'event'; id: string; at: string; event: InquiryEvent };

/**
 * Messages and events in time order (ties: the event first, so "created" precedes the first
 * message). `message` events are dropped: the message itself is in the timeline.
 */
export function threadTimeline(inquiry: Pick<Inquiry, 'messages' | 'events'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...inquiry.events
      .filter((event) => event.type !== 'message')
      .map((event): TimelineEntry => ({ type: 'event', id: event.id, at: event.createdAt, event })),
    ...inquiry.messages.map((message): TimelineEntry => ({
      type: 'message',
      id: message.id,
      at: message.createdAt,
      message,
    })),
  ];
  const rank = (entry: TimelineEntry) => (entry.type === 'event' ? 0 : 1);
  return entries.sort((a, b) => a.at.localeCompare(b.at) || rank(a) - rank(b));
}

/** Whether the thread's events show it once reached `trialing` (or `won`). */
export function hasReachedTrial(inquiry: Pick<Inquiry, 'status' | 'events'>): boolean {
  return (
    REVIEW_STATUSES.includes(inquiry.status) ||
    inquiry.events.some((event) => event.to !== null && REVIEW_STATUSES.includes(event.to))
  );
}
