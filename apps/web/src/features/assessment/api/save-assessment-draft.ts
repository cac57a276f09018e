import type { AssessmentDraftView } from '@toolbox/contracts';
import type { AnswerValue } from '@toolbox/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_BASE_URL, authToken, http } from '../../../lib';
import { assessmentKeys } from './keys';

export function saveAssessmentDraft(
  answers: Readonly<Record<string, AnswerValue>>,
): Promise<AssessmentDraftView> {
  return http.request<AssessmentDraftView>('/assessments/draft', {
    method: 'PUT',
    body: { answers },
  });
}

/**
 * Saves the draft while the page is being closed or reloaded: a `keepalive` request outlives the
 * page, which an ordinary one would not. Fire and forget.
 */
export function saveAssessmentDraftOnExit(answers: Readonly<Record<string, AnswerValue>>): void {
  const token = authToken.get();
  if (token === null) return;
  void fetch(`${API_BASE_URL}/assessments/draft`, {
    method: 'PUT',
    keepalive: true,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ answers }),
  }).catch(() => undefined);
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
