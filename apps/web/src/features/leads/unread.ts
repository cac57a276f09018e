import type { InquirySummaryView } from '@toolbox/contracts';

/**
 * Unread markers of the lead inbox. The API keeps no read state for inquiries, so the browser
 * remembers, per inquiry, the newest activity (`updatedAt`) the provider has seen, in
 * `localStorage` under {@link LAST_SEEN_STORAGE_KEY} as `{ [inquiryId]: ISO time }`. A lead is
 * unread when it was never opened here or has activity newer than that. It is per browser (a
 * second device shows the lead unread again) and keeps the {@link LAST_SEEN_LIMIT} newest entries.
 */
export const LAST_SEEN_STORAGE_KEY = 'toolbox.leads.lastSeen';
export const LAST_SEEN_LIMIT = 500;

export type LastSeen = Readonly<Record<string, string>>;

/** Parses the stored map; anything malformed is ignored (nothing seen). */
export function parseLastSeen(raw: string | null): LastSeen {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const entries = Object.entries(value as Record<string, unknown>).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && !Number.isNaN(Date.parse(entry[1])),
    );
    return Object.fromEntries(entries);
  } catch {
    return {};
  }
}

export function isUnread(lead: Pick<InquirySummaryView, 'id' | 'updatedAt'>, seen: LastSeen) {
  const at = seen[lead.id];
  return at === undefined || Date.parse(lead.updatedAt) > Date.parse(at);
}

/**
 * `seen` with the lead's activity marked seen (never moving a mark back in time), trimmed to the
 * `limit` newest marks.
 */
export function markSeen(
  seen: LastSeen,
  lead: Pick<InquirySummaryView, 'id' | 'updatedAt'>,
  limit = LAST_SEEN_LIMIT,
): LastSeen {
  const previous = seen[lead.id];
  if (previous !== undefined && Date.parse(previous) >= Date.parse(lead.updatedAt)) return seen;
  const next = { ...seen, [lead.id]: lead.updatedAt };
  const entries = Object.entries(next);
  if (entries.length <= limit) return next;
  return Object.fromEntries(
    entries.sort((a, b) => Date.parse(b[1]) - Date.parse(a[1])).slice(0, limit),
  );
}

export function countUnread(
  leads: readonly Pick<InquirySummaryView, 'id' | 'updatedAt'>[],
  seen: LastSeen,
): number {
  return leads.filter((lead) => isUnread(lead, seen)).length;
}
