/**
 * Inquiries (api-v1.md "Engagement"): an SME asks a question, requests a trial or a quote about
 * an offering; the provider answers in the thread and moves the lead along.
 *
 *   open ─(provider's first message)→ responded
 *   open | responded ─provider→ trialing ─provider→ won | lost
 *   open | responded ─provider→ lost
 *   any unfinished ─sme→ withdrawn
 *
 * `won`, `lost` and `withdrawn` are final: no move and no message after them.
 */
export const INQUIRY_KINDS = ['question', 'trial', 'quote'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

export const INQUIRY_STATUSES = [
  'open',
  'responded',
  'trialing',
  'won',
  'lost',
  'withdrawn',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const FINAL_INQUIRY_STATUSES = [
  'won',
  'lost',
  'withdrawn',
] as const satisfies readonly InquiryStatus[];

/** Who acts on an inquiry: the SME that asked or the provider that owns the offering. */
export const INQUIRY_ACTORS = ['sme', 'provider'] as const;
export type InquiryActor = (typeof INQUIRY_ACTORS)[number];

/** Input and abuse limits of the inquiry endpoints. */
export const INQUIRY_LIMITS = {
  /** A message body is 1–4000 characters (after trimming). */
  messageMin: 1,
  messageMax: 4000,
  /** A status move's optional reason. */
  reasonMax: 500,
  /** The plan the SME is interested in (the offering's plan name). */
  planNameMax: 60,
  /** New inquiries one SME may open per day (China Standard Time); the next one is a 429. */
  newPerSmePerDay: 20,
} as const;

export const INQUIRY_KIND_LABELS: Readonly<
  Record<InquiryKind, { nameZh: string; nameEn: string }>
> = {
  question: { nameZh: '咨询', nameEn: 'Question' },
  trial: { nameZh: '申请试用', nameEn: 'Trial request' },
  quote: { nameZh: '获取报价', nameEn: 'Quote request' },
};

export const INQUIRY_STATUS_LABELS: Readonly<
  Record<InquiryStatus, { nameZh: string; nameEn: string }>
> = {
  open: { nameZh: '待回复', nameEn: 'Open' },
  responded: { nameZh: '已回复', nameEn: 'Responded' },
  trialing: { nameZh: '试用中', nameEn: 'Trialing' },
  won: { nameZh: '已成交', nameEn: 'Won' },
  lost: { nameZh: '未成交', nameEn: 'Lost' },
  withdrawn: { nameZh: '已撤回', nameEn: 'Withdrawn' },
};

export function isFinalInquiryStatus(status: InquiryStatus): boolean {
  return (FINAL_INQUIRY_STATUSES as readonly InquiryStatus[]).includes(status);
}

/** The explicit moves each actor may make (`responded` is never an explicit move). */
const MOVES: Readonly<
  Record<InquiryActor, Readonly<Record<InquiryStatus, readonly InquiryStatus[]>>>
> = {
  provider: {
    open: ['trialing', 'lost'],
    responded: ['trialing', 'lost'],
    trialing: ['won', 'lost'],
    won: [],
    lost: [],
    withdrawn: [],
  },
  sme: {
    open: ['withdrawn'],
    responded: ['withdrawn'],
    trialing: ['withdrawn'],
    won: [],
    lost: [],
    withdrawn: [],
  },
};

export type InquiryMove = { ok: true; to: InquiryStatus } | { ok: false; reason: string };

/** An explicit status move (`POST /api/inquiries/:id/status`) by `actor`. */
export function moveInquiry(
  from: InquiryStatus,
  to: InquiryStatus,
  actor: InquiryActor,
): InquiryMove {
  if (MOVES[actor][from].includes(to)) return { ok: true, to };
  if (isFinalInquiryStatus(from)) {
    return { ok: false, reason: `the inquiry is ${from}: no further moves` };
  }
  if (to === 'responded') {
    return { ok: false, reason: 'an inquiry becomes responded on the provider’s first message' };
  }
  return { ok: false, reason: `the ${actor} cannot move an inquiry from ${from} to ${to}` };
}

/** Whether a message may be added (no message once the inquiry is final). */
export function canPostInquiryMessage(status: InquiryStatus): boolean {
  return !isFinalInquiryStatus(status);
}

/** The status after a message by `author`: the provider's first answer makes an open inquiry `responded`. */
export function statusAfterMessage(status: InquiryStatus, author: InquiryActor): InquiryStatus {
  return status === 'open' && author === 'provider' ? 'responded' : status;
}

/** The plan-item status an inquiry moves the SME's plan item for that offering to (issue 11). */
export const PLAN_STATUS_FOR_INQUIRY: Readonly<
  Partial<Record<InquiryStatus, 'trial' | 'adopted'>>
> = {
  trialing: 'trial',
  won: 'adopted',
};

const CST_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The calendar day (China Standard Time, UTC+8, no daylight saving) of an instant, as
 * `YYYY-MM-DD`: the "day" of the inquiry limit and of view counting.
 */
export function engagementDay(epochMs: number): string {
  return new Date(epochMs + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the engagement day containing `epochMs` began. */
export function engagementDayStart(epochMs: number): number {
  return Math.floor((epochMs + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** The median of `values` (mean of the middle two for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
