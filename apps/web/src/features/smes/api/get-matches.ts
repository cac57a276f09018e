import type { MatchResponse } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { smeKeys } from './keys';

export function getMatches(limit: number, signal?: AbortSignal): Promise<MatchResponse> {
  return http.request<MatchResponse>('/matches', { query: { limit }, signal });
}

/** `GET /api/matches`: best-fit offerings with reasons; 409 SME_PROFILE_REQUIRED without a profile. */
export function useGetMatches(limit: number) {
  return useQuery({
    queryKey: smeKeys.matches(limit),
    queryFn: ({ signal }) => getMatches(limit, signal),
  });
}
