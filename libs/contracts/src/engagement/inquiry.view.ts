import type { InquiryKind, InquiryStatus } from '@toolbox/domain';

/** One message of an inquiry's thread. */
export interface InquiryMessageView {
  id: string;
  author: 'sme' | 'provider';
  body: string;
  createdAt: string;
}

/**
 * What happened in a thread, in order: `created`, each `message`, each `status` move (with
 * `from`, `to` and the optional `reason`) and each `plan_item` the inquiry moved in the SME's
 * plan (`planStatus`: trial or adopted). `actor` is `system` for automatic moves.
 */
export interface InquiryEventView {
  id: string;
  type: 'created' | 'message' | 'status' | 'plan_item';
  actor: 'sme' | 'provider' | 'system';
  from: InquiryStatus | null;
  to: InquiryStatus | null;
  reason: string | null;
  planStatus: 'trial' | 'adopted' | null;
  createdAt: string;
}

/** The SME as the provider of the inquiry sees it (the SME wrote to it). */
export interface InquirySmeView {
  id: string;
  companyName: string;
  industry: string;
  region: string;
  sizeClass: string;
  level: number | null;
}

/** An inquiry as the list shows it (no thread). */
export interface InquirySummaryView {
  id: string;
  kind: InquiryKind;
  status: InquiryStatus;
  offering: { id: string; title: string };
  provider: { id: string; name: string };
  sme: InquirySmeView;
  planName: string | null;
  messageCount: number;
  lastMessageAt: string;
  createdAt: string;
  /** The newest activity (message or move): the list's order. */
  updatedAt: string;
}

/** `GET /api/inquiries/:id`: the inquiry with its thread and its recorded events. */
export interface InquiryView extends InquirySummaryView {
  messages: InquiryMessageView[];
  events: InquiryEventView[];
}

export interface FunnelOfferingView {
  offeringId: string;
  title: string;
  views: number;
  inquiries: number;
  trials: number;
  won: number;
}

/** `GET /api/providers/me/funnel`. */
export interface FunnelView {
  from: string;
  to: string;
  views: number;
  inquiries: number;
  trials: number;
  won: number;
  lost: number;
  /** Median minutes from an inquiry's creation to the provider's first message; null without answers. */
  medianFirstResponseMinutes: number | null;
  byOffering: FunnelOfferingView[];
}
