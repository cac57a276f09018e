/**
 * Public programmes (api-v1.md "Public programmes"): values only, no decorators, so the web
 * imports them through `@toolbox/contracts/constants`.
 */
export const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A ledger row: a commitment (approval) or a release (an approved application withdrawn). */
export const LEDGER_KINDS = ['commit', 'release'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const PROGRAMME_LIMITS = {
  nameMax: 100,
  descriptionMax: 4000,
  /** ¥10 000 000 000.00 in fen: far above any programme, far below 2^53. */
  moneyCentsMax: 1_000_000_000_000,
  reasonMax: 500,
  planNameMax: 60,
} as const;
