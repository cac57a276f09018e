import type { ApplicationStatus, ProgrammeStatus } from './types';

export interface ProgrammeListParams {
  page: number;
  pageSize: number;
  status?: ProgrammeStatus;
  region?: string;
}

export interface ApplicationListParams {
  page: number;
  pageSize: number;
  programmeId?: string;
  status?: ApplicationStatus;
}

/** Query keys of the programmes feature. Every programme or application change invalidates `all`. */
export const programmeKeys = {
  all: ['programmes'] as const,
  list: (params: ProgrammeListParams) => [...programmeKeys.all, 'list', params] as const,
  detail: (id: string) => [...programmeKeys.all, 'detail', id] as const,
  eligible: (offeringId: string | null) =>
    [...programmeKeys.all, 'eligible', offeringId ?? ''] as const,
  netPrice: (offeringId: string) => [...programmeKeys.all, 'net-price', offeringId] as const,
  applications: (params: ApplicationListParams) =>
    [...programmeKeys.all, 'applications', params] as const,
  ledger: (id: string, page: number, pageSize: number) =>
    [...programmeKeys.all, 'ledger', id, page, pageSize] as const,
  govAccounts: (page: number, pageSize: number) => ['gov-accounts', page, pageSize] as const,
  govAccountsAll: ['gov-accounts'] as const,
};
