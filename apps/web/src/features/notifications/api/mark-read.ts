import type { MarkNotificationsReadResponse, NotificationsPage } from '@toolbox/contracts';
import { NOTIFICATION_READ_MAX_IDS } from '@toolbox/contracts/constants';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../../lib';
import { notificationKeys } from './keys';

export function markRead(ids: readonly string[]): Promise<MarkNotificationsReadResponse> {
  return http.request<MarkNotificationsReadResponse>('/notifications/read', {
    method: 'POST',
    body: { ids: ids.slice(0, NOTIFICATION_READ_MAX_IDS) },
  });
}

/**
 * Marks notifications read (at most 100 ids a call). Cached lists show them read at once; the
 * lists and unread counts are refetched afterwards.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onMutate: (ids) => {
      const now = new Date().toISOString();
      const marked = new Set(ids);
      queryClient.setQueriesData<NotificationsPage>({ queryKey: notificationKeys.all }, (page) => {
        if (!page) return page;
        const fresh = page.items.filter((n) => n.readAt === null && marked.has(n.id)).length;
        return {
          ...page,
          unreadCount: Math.max(0, page.unreadCount - fresh),
          items: page.items.map((n) =>
            n.readAt === null && marked.has(n.id) ? { ...n, readAt: now } : n,
          ),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
