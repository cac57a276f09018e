import type { AssessmentDraftView, AssessmentView } from '@toolbox/contracts';
import type { Answers } from '@toolbox/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { planKeys } from '../../plan';
import { smeKeys } from '../../smes';
import { assessmentKeys } from './keys';

export function submitAssessment(answers: Answers): Promise<AssessmentView> {
  return http.request<AssessmentView>('/assessments', { method: 'POST', body: { answers } });
}

/**
 * Submits a complete answer set (`POST /api/assessments`). The server scores it and clears the
 * draft; the new assessment is cached for its result page and the history is refreshed.
 */
export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentKeys.detail(assessment.id), assessment);
      const empty: AssessmentDraftView = { answers: {}, updatedAt: null };
      queryClient.setQueryData(assessmentKeys.draft(), empty);
      // The newest level feeds matching and the plan's progress: refresh whatever is cached.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: smeKeys.allMatches() }),
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
      ]);
    },
  });
}
