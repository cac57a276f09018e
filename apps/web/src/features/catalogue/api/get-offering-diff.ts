import type { OfferingDiff } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { catalogueKeys } from './keys';

export function getOfferingDiff(id: string, signal?: AbortSignal): Promise<OfferingDiff> {
  return http.request<OfferingDiff>(`/admin/offerings/${encodeURIComponent(id)}/diff`, {
    signal,
  });
}

/**
 * Field-by-field changes of a pending revision against the published version (admins). Keyed by
 * the offering `version` on screen, so a newer offering brings its own diff.
 */
export function useGetOfferingDiff(id: string, enabled: boolean, version?: number) {
  return useQuery({
    queryKey: catalogueKeys.offeringDiff(id, version),
    queryFn: ({ signal }) => getOfferingDiff(id, signal),
    enabled,
  });
}
