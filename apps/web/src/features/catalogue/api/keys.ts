import type { OfferingStatus } from '@toolbox/domain';

export interface PageParams {
  page: number;
  pageSize: number;
}

export interface MyOfferingsParams extends PageParams {
  status?: OfferingStatus;
}

export interface AdminOfferingsParams extends PageParams {
  status: OfferingStatus;
  q?: string;
}

export interface AuditParams extends PageParams {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

/** Query keys of the catalogue feature. Every catalogue mutation invalidates `all`. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  myProvider: () => [...catalogueKeys.all, 'my-provider'] as const,
  provider: (id: string, params: PageParams) =>
    [...catalogueKeys.all, 'provider', id, params] as const,
  myOfferings: (params: MyOfferingsParams) =>
    [...catalogueKeys.all, 'my-offerings', params] as const,
  offering: (id: string) => [...catalogueKeys.all, 'offering', id] as const,
  offeringDiff: (id: string, version?: number) =>
    [...catalogueKeys.all, 'offering-diff', id, version] as const,
  adminOfferings: (params: AdminOfferingsParams) =>
    [...catalogueKeys.all, 'admin-offerings', params] as const,
  audit: (params: AuditParams) => [...catalogueKeys.all, 'audit', params] as const,
  browse: (params: PageParams) => [...catalogueKeys.all, 'browse', params] as const,
};
