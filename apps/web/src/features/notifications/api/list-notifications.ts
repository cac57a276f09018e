import type { NotificationsPage } from '@toolbox/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../../../lib';
import { notificationKeys, type NotificationListParams } from './keys';

export function listNotifications(
  params: NotificationListParams,
  signal?: AbortSignal,
): Promise<NotificationsPage> {
  return http.request<NotificationsPage>('/notifications', {
    query: { unread: params.unread, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

export interface ListNotificationsOptions {
  enabled?: boolean;
  /** Poll every this many ms (the bell), also refetching when the window regains focus. */
  refetchInterval?: number;
}

/** The signed-in user's notifications, newest first, with the unread count. */
export function useListNotifications(
  params: NotificationListParams,
  options: ListNotificationsOptions = {},
) {
  return useQuery({
    queryKey: notificationKeys.list(params),
    queryFn: ({ signal }) => listNotifications(params, signal),
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchInterval,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
  });
}
