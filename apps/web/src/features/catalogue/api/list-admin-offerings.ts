import type { OfferingView, Page } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type AdminOfferingsParams, catalogueKeys } from './keys';

export function listAdminOfferings(
  params: AdminOfferingsParams,
  signal?: AbortSignal,
): Promise<Page<OfferingView>> {
  return http.request<Page<OfferingView>>('/admin/offerings', {
    query: {
      status: params.status,
      q: params.q?.trim() || undefined,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  });
}

/**
 * Offerings by status for admins. `pending` is the review queue: new submissions and published
 * offerings with a revision waiting, oldest first.
 */
export function useListAdminOfferings(params: AdminOfferingsParams) {
  return useQuery({
    queryKey: catalogueKeys.adminOfferings(params),
    queryFn: ({ signal }) => listAdminOfferings(params, signal),
    placeholderData: keepPreviousData,
  });
}
