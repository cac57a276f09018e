import type { AssessmentDraftView } from '@toolbox/contracts';
import type { AnswerValue } from '@toolbox/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib/http';
import { assessmentKeys } from './keys';

export function saveAssessmentDraft(
  answers: Readonly<Record<string, AnswerValue>>,
): Promise<AssessmentDraftView> {
  return http.request<AssessmentDraftView>('/assessments/draft', {
    method: 'PUT',
    body: { answers },
  });
}

/** Saves partial answers to resume later (`PUT /api/assessments/draft`). */
export function useSaveAssessmentDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAssessmentDraft,
    onSuccess: (draft) => {
      queryClient.setQueryData(assessmentKeys.draft(), draft);
    },
  });
}
