import { NOTIFICATION_READ_MAX_IDS } from '@toolbox/contracts/constants';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys } from './keys';
import { listNotifications } from './list-notifications';
import { markRead } from './mark-read';

/** Rounds of "read 100 unread ids, mark them": enough for any real backlog. */
const MAX_ROUNDS = 20;

/** Marks every unread notification read (the API takes ids, at most 100 a call). */
export async function markAllRead(): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const unread = await listNotifications({
      unread: true,
      page: 1,
      pageSize: NOTIFICATION_READ_MAX_IDS,
    });
    if (unread.items.length === 0) return;
    const answer = await markRead(unread.items.map((n) => n.id));
    if (answer.unreadCount === 0 || answer.marked === 0) return;
  }
}

/** "全部标为已读": every list and the unread count are refetched afterwards. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
