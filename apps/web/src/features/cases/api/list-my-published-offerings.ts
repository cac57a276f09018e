import type { OfferingView, Page } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys } from './keys';

export interface OwnOffering {
  id: string;
  title: string;
}

/** The provider's published offerings (the ones a case may link), first 100. */
export async function listMyPublishedOfferings(signal?: AbortSignal): Promise<OwnOffering[]> {
  const page = await http.request<Page<OfferingView>>('/offerings/mine', {
    query: { status: 'published', page: 1, pageSize: 100 },
    signal,
  });
  return page.items.map((offering) => ({ id: offering.id, title: offering.title }));
}

export function useMyPublishedOfferings() {
  return useQuery({
    queryKey: caseKeys.myPublishedOfferings(),
    queryFn: ({ signal }) => listMyPublishedOfferings(signal),
  });
}
