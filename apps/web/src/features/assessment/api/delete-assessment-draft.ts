import type { AssessmentDraftView } from '@toolbox/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { assessmentKeys } from './keys';

export function deleteAssessmentDraft(): Promise<void> {
  return http.request<void>('/assessments/draft', { method: 'DELETE' });
}

/** Discards the saved draft (`DELETE /api/assessments/draft`), to start over. */
export function useDeleteAssessmentDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAssessmentDraft,
    onSuccess: () => {
      const empty: AssessmentDraftView = { answers: {}, updatedAt: null };
      queryClient.setQueryData(assessmentKeys.draft(), empty);
    },
  });
}
