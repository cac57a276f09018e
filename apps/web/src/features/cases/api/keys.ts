export interface CaseListParams {
  page: number;
  pageSize: number;
  industry?: string;
  scenario?: string;
  region?: string;
  offeringId?: string;
}

export interface PagedParams {
  page: number;
  pageSize: number;
}

/** Query keys of the cases feature. Every case mutation invalidates `all`. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (params: CaseListParams) => [...caseKeys.all, 'list', params] as const,
  detail: (id: string) => [...caseKeys.all, 'detail', id] as const,
  mine: (params: PagedParams) => [...caseKeys.all, 'mine', params] as const,
  adminQueue: (params: PagedParams) => [...caseKeys.all, 'admin-queue', params] as const,
  forMe: (scenario: string | undefined, limit: number) =>
    [...caseKeys.all, 'for-me', scenario ?? '', limit] as const,
  myPublishedOfferings: () => [...caseKeys.all, 'my-published-offerings'] as const,
};
