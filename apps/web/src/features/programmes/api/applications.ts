import type { Page } from '@toolbox/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type ApplicationListParams, programmeKeys } from './keys';
import type { ApplicationView, LedgerEntryView } from './types';

const path = (id: string) => `/applications/${encodeURIComponent(id)}`;

/** `GET /api/applications`: an SME its own, a gov its region's, an admin all. */
export function useApplications(params: ApplicationListParams) {
  return useQuery({
    queryKey: programmeKeys.applications(params),
    queryFn: ({ signal }) =>
      http.request<Page<ApplicationView>>('/applications', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /api/programmes/:id/ledger`: commitments and releases, oldest first. */
export function useLedger(programmeId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: programmeKeys.ledger(programmeId, page, pageSize),
    queryFn: ({ signal }) =>
      http.request<Page<LedgerEntryView>>(`/programmes/${encodeURIComponent(programmeId)}/ledger`, {
        query: { page, pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Every application change moves budgets and lists: refresh the whole feature. */
function useApplicationMutation<Input>(mutationFn: (input: Input) => Promise<ApplicationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}

export const useApply = () =>
  useApplicationMutation(
    ({
      programmeId,
      offeringId,
      planName,
    }: {
      programmeId: string;
      offeringId: string;
      planName: string;
    }) =>
      http.request<ApplicationView>(`/programmes/${encodeURIComponent(programmeId)}/applications`, {
        method: 'POST',
        body: { offeringId, planName },
      }),
  );
export const useApprove = () =>
  useApplicationMutation((id: string) =>
    http.request<ApplicationView>(`${path(id)}/approve`, { method: 'POST', body: {} }),
  );
export const useReject = () =>
  useApplicationMutation(({ id, reason }: { id: string; reason: string }) =>
    http.request<ApplicationView>(`${path(id)}/reject`, { method: 'POST', body: { reason } }),
  );
export const useWithdraw = () =>
  useApplicationMutation((id: string) =>
    http.request<ApplicationView>(`${path(id)}/withdraw`, { method: 'POST' }),
  );
