import type { AssessmentDraftView } from '@toolbox/contracts';
import { useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { assessmentKeys } from './keys';

export function getAssessmentDraft(signal?: AbortSignal): Promise<AssessmentDraftView> {
  return http.request<AssessmentDraftView>('/assessments/draft', { signal });
}

/** The SME's saved, unfinished answers (`{answers: {}, updatedAt: null}` when there are none). */
export function useGetAssessmentDraft() {
  return useQuery({
    queryKey: assessmentKeys.draft(),
    queryFn: ({ signal }) => getAssessmentDraft(signal),
    // The wizard takes the draft once when it opens; refetching under it would not be shown.
    staleTime: 0,
    refetchOnWindowFocus: false,
  });
}
