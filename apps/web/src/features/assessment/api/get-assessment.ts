import type { AssessmentView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { assessmentKeys } from './keys';

export function getAssessment(id: string, signal?: AbortSignal): Promise<AssessmentView> {
  return http.request<AssessmentView>(`/assessments/${encodeURIComponent(id)}`, { signal });
}

/** One of the SME's assessments with its change since the previous one (immutable once made). */
export function useGetAssessment(id: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getAssessment(id ?? '', signal),
    enabled: id !== undefined && id !== '',
    staleTime: Infinity,
  });
}
