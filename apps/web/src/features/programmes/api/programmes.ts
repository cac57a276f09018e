import type { Page } from '@toolbox/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { programmeKeys, type ProgrammeListParams } from './keys';
import type {
  CreateProgrammeRequest,
  NetPriceView,
  ProgrammeView,
  UpdateProgrammeRequest,
} from './types';

const path = (id: string) => `/programmes/${encodeURIComponent(id)}`;

/** `GET /api/programmes`: a gov its region's programmes (any status), an admin all. */
export function useProgrammes(params: ProgrammeListParams) {
  return useQuery({
    queryKey: programmeKeys.list(params),
    queryFn: ({ signal }) =>
      http.request<Page<ProgrammeView>>('/programmes', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProgramme(id: string | undefined) {
  return useQuery({
    queryKey: programmeKeys.detail(id ?? ''),
    queryFn: ({ signal }) => http.request<ProgrammeView>(path(id ?? ''), { signal }),
    enabled: id !== undefined,
  });
}

/** `GET /api/programmes/eligible` (SME): open programmes it may apply to, for one offering if given. */
export function useEligibleProgrammes(offeringId: string | null, enabled = true) {
  return useQuery({
    queryKey: programmeKeys.eligible(offeringId),
    queryFn: ({ signal }) =>
      http.request<Page<ProgrammeView>>('/programmes/eligible', {
        query: { offeringId: offeringId ?? undefined, pageSize: 100 },
        signal,
      }),
    enabled,
    staleTime: 60_000,
  });
}

/** `GET /api/offerings/:id/net-price` (SME): each plan's price after the best subsidy. */
export function useNetPrice(offeringId: string, enabled = true) {
  return useQuery({
    queryKey: programmeKeys.netPrice(offeringId),
    queryFn: ({ signal }) =>
      http.request<NetPriceView>(`/offerings/${encodeURIComponent(offeringId)}/net-price`, {
        signal,
      }),
    enabled,
    staleTime: 60_000,
  });
}

function useProgrammeMutation<Input>(mutationFn: (input: Input) => Promise<ProgrammeView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (view) => {
      queryClient.setQueryData(programmeKeys.detail(view.id), view);
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all });
    },
  });
}

export const useCreateProgramme = () =>
  useProgrammeMutation((body: CreateProgrammeRequest) =>
    http.request<ProgrammeView>('/programmes', { method: 'POST', body }),
  );
export const useUpdateProgramme = () =>
  useProgrammeMutation(({ id, body }: { id: string; body: UpdateProgrammeRequest }) =>
    http.request<ProgrammeView>(path(id), { method: 'PATCH', body }),
  );
export const usePublishProgramme = () =>
  useProgrammeMutation((id: string) =>
    http.request<ProgrammeView>(`${path(id)}/publish`, { method: 'POST' }),
  );
export const useCloseProgramme = () =>
  useProgrammeMutation((id: string) =>
    http.request<ProgrammeView>(`${path(id)}/close`, { method: 'POST' }),
  );
