import type { CaseView, CreateCaseRequest, UpdateCaseRequest } from './types';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { caseKeys } from './keys';

export function createCase(body: CreateCaseRequest): Promise<CaseView> {
  return http.request<CaseView>('/cases', { method: 'POST', body });
}

export function updateCase({
  id,
  body,
}: {
  id: string;
  body: UpdateCaseRequest;
}): Promise<CaseView> {
  return http.request<CaseView>(`/cases/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function submitCase(id: string): Promise<CaseView> {
  return http.request<CaseView>(`/cases/${encodeURIComponent(id)}/submit`, { method: 'POST' });
}

export function approveCase(id: string): Promise<CaseView> {
  return http.request<CaseView>(`/admin/cases/${encodeURIComponent(id)}/approve`, {
    method: 'POST',
  });
}

export function rejectCase({ id, reason }: { id: string; reason: string }): Promise<CaseView> {
  return http.request<CaseView>(`/admin/cases/${encodeURIComponent(id)}/reject`, {
    method: 'POST',
    body: { reason },
  });
}

/** Every case mutation: keep the answer as the case's cached state, refresh the lists. */
function useCaseMutation<Input>(mutationFn: (input: Input) => Promise<CaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      queryClient.setQueryData(caseKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export const useCreateCase = () => useCaseMutation(createCase);
export const useUpdateCase = () => useCaseMutation(updateCase);
export const useSubmitCase = () => useCaseMutation(submitCase);
export const useApproveCase = () => useCaseMutation(approveCase);
export const useRejectCase = () => useCaseMutation(rejectCase);
