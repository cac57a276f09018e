import type { OfferingView, Page } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys, type MyOfferingsParams } from './keys';

export function listMyOfferings(
  params: MyOfferingsParams,
  signal?: AbortSignal,
): Promise<Page<OfferingView>> {
  return http.request<Page<OfferingView>>('/offerings/mine', {
    query: { status: params.status, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

/** The signed-in provider's offerings in any status, most recently changed first. */
export function useListMyOfferings(params: MyOfferingsParams) {
  return useQuery({
    queryKey: catalogueKeys.myOfferings(params),
    queryFn: ({ signal }) => listMyOfferings(params, signal),
    placeholderData: keepPreviousData,
  });
}
