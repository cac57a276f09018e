import { useQuery } from '@tanstack/react-query';
import { engagementKeys } from './keys';
import { listInquiries } from './list-inquiries';
import type { InquirySummary } from './types';

const PAGE_SIZE = 100;
/** A safety stop: an SME opens at most 20 inquiries a day, so this covers years of use. */
const MAX_PAGES = 20;

/** Every inquiry of the signed-in SME (pages of 100, newest activity first). */
export async function listAllMyInquiries(signal?: AbortSignal): Promise<InquirySummary[]> {
  const all: InquirySummary[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const answer = await listInquiries({ page, pageSize: PAGE_SIZE }, signal);
    all.push(...answer.items);
    if (all.length >= answer.total || answer.items.length < PAGE_SIZE) break;
  }
  return all;
}

/**
 * The SME's inquiries (all of them; the offering page picks those on its offering). The API has
 * no offering filter, so this reads the SME's whole list once and shares it between pages.
 */
export function useAllMyInquiries(options: { enabled: boolean }) {
  return useQuery({
    queryKey: engagementKeys.allMine(),
    queryFn: ({ signal }) => listAllMyInquiries(signal),
    enabled: options.enabled,
  });
}
