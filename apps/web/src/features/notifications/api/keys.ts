export interface NotificationListParams {
  unread?: boolean;
  page: number;
  pageSize: number;
}

/** Query keys of the notifications feature; marking read invalidates `all`. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (params: NotificationListParams) => [...notificationKeys.all, 'list', params] as const,
};
