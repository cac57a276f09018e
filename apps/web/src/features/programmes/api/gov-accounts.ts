import type { Page } from '@toolbox/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { programmeKeys } from './keys';
import type { CreateGovAccountRequest, GovAccountView } from './types';

const BASE = '/admin/gov-accounts';

/** `GET /api/admin/gov-accounts` (admin). */
export function useGovAccounts(page: number, pageSize: number) {
  return useQuery({
    queryKey: programmeKeys.govAccounts(page, pageSize),
    queryFn: ({ signal }) =>
      http.request<Page<GovAccountView>>(BASE, { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

function useGovAccountMutation<Input>(mutationFn: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.govAccountsAll }),
  });
}

export const useCreateGovAccount = () =>
  useGovAccountMutation((body: CreateGovAccountRequest) =>
    http.request<unknown>(BASE, { method: 'POST', body }),
  );
export const useDisableGovAccount = () =>
  useGovAccountMutation((id: string) =>
    http.request<unknown>(`${BASE}/${encodeURIComponent(id)}/disable`, { method: 'POST' }),
  );
export const useEnableGovAccount = () =>
  useGovAccountMutation((id: string) =>
    http.request<unknown>(`${BASE}/${encodeURIComponent(id)}/enable`, { method: 'POST' }),
  );
