import type { AuditEntryView, Page } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { type AuditParams, catalogueKeys } from './keys';

export function listAuditEntries(
  params: AuditParams,
  signal?: AbortSignal,
): Promise<Page<AuditEntryView>> {
  return http.request<Page<AuditEntryView>>('/admin/audit', {
    query: {
      action: params.action,
      entityType: params.entityType,
      entityId: params.entityId,
      from: params.from,
      to: params.to,
      page: params.page,
      pageSize: params.pageSize,
    },
    signal,
  });
}

/** The audit log, newest first (admins). */
export function useListAuditEntries(params: AuditParams) {
  return useQuery({
    queryKey: catalogueKeys.audit(params),
    queryFn: ({ signal }) => listAuditEntries(params, signal),
    placeholderData: keepPreviousData,
  });
}
