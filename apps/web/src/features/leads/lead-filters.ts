import type { InquirySummaryView } from '@toolbox/contracts';

/**
 * The inbox's filters. The API filters by `status` (server side); the offering and the age
 * ("activity within the last N days") are applied here over the fetched leads, because
 * `GET /api/inquiries` has no such parameters.
 */
export const LEAD_AGES = ['7', '30', '90'] as const;
export type LeadAge = (typeof LEAD_AGES)[number];

export interface LeadFilters {
  offeringId?: string;
  age?: LeadAge;
}

const DAY_MS = 86_400_000;

export function isLeadAge(value: string | null | undefined): value is LeadAge {
  return (LEAD_AGES as readonly string[]).includes(value ?? '');
}

/** The leads matching the offering and age filters (order kept: newest activity first). */
export function filterLeads(
  leads: readonly InquirySummaryView[],
  filters: LeadFilters,
  nowMs: number,
): InquirySummaryView[] {
  const since = filters.age ? nowMs - Number(filters.age) * DAY_MS : null;
  return leads.filter(
    (lead) =>
      (!filters.offeringId || lead.offering.id === filters.offeringId) &&
      (since === null || Date.parse(lead.updatedAt) >= since),
  );
}

/** The offerings the leads are about, once each, by title: the offering filter's options. */
export function offeringOptions(
  leads: readonly InquirySummaryView[],
): { value: string; label: string }[] {
  const titles = new Map<string, string>();
  for (const lead of leads) titles.set(lead.offering.id, lead.offering.title);
  return [...titles]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN') || a.value.localeCompare(b.value));
}

/** One page (1-based) of `items`; a page past the end gives the last page. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
): { items: T[]; page: number } {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), last);
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current };
}
