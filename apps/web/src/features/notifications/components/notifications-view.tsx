import { CheckOutlined } from '@ant-design/icons';
import type { NotificationView } from '@toolbox/contracts';
import type { Role } from '@toolbox/domain';
import { Button, Card, Empty, Pagination, Segmented, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailed } from '../../../shared/ui';
import { useListNotifications } from '../api/list-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { useFormatTime } from '../hooks/use-format-time';
import { useNotificationText } from '../hooks/use-notification-text';
import '../notifications.css';

export interface NotificationsViewProps {
  role: Role;
  unreadOnly: boolean;
  page: number;
  pageSize: number;
  onUnreadOnlyChange: (unreadOnly: boolean) => void;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The full list of the user's notifications: all or unread only, paged, newest first. */
export function NotificationsView({
  role,
  unreadOnly,
  page,
  pageSize,
  onUnreadOnlyChange,
  onPageChange,
}: NotificationsViewProps) {
  const { t } = useTranslation();
  const query = useListNotifications({
    ...(unreadOnly ? { unread: true } : {}),
    page,
    pageSize,
  });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const render = useNotificationText(role);
  const formatTime = useFormatTime();
  const unread = query.data?.unreadCount ?? 0;

  const item = (notification: NotificationView) => {
    const { text, link } = render(notification);
    const isUnread = notification.readAt === null;
    const read = () => {
      if (isUnread) markRead.mutate([notification.id]);
    };
    return (
      <li
        key={notification.id}
        className={`tb-notif-row${isUnread ? ' tb-notif-row--unread' : ''}`}
        data-testid="notification-row"
        data-kind={notification.kind}
        data-unread={isUnread}
      >
        <div className="tb-notif-row__main">
          {isUnread && <Tag color="blue">{t('notifications.page.unreadTag')}</Tag>}
          {link ? (
            <Link to={link} onClick={read}>
              {text}
            </Link>
          ) : (
            <span>{text}</span>
          )}
        </div>
        <div className="tb-notif-row__side">
          <time className="tb-notif-item__time" dateTime={notification.createdAt}>
            {formatTime(notification.createdAt)}
          </time>
          {isUnread && (
            <Button size="small" type="text" icon={<CheckOutlined />} onClick={read}>
              {t('notifications.page.markRead')}
            </Button>
          )}
        </div>
      </li>
    );
  };

  let body;
  if (query.isPending) {
    body = <Skeleton active paragraph={{ rows: 6 }} />;
  } else if (query.isError) {
    body = (
      <LoadFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('notifications.page.loadFailed')}
      />
    );
  } else if (query.data.total === 0) {
    body = (
      <Empty
        description={
          unreadOnly ? t('notifications.page.emptyUnread') : t('notifications.page.empty')
        }
        data-testid="notifications-empty"
      />
    );
  } else {
    body = (
      <>
        <ul className="tb-notif-list" aria-busy={query.isPlaceholderData}>
          {query.data.items.map(item)}
        </ul>
        <Pagination
          className="tb-notif-pagination"
          current={page}
          pageSize={pageSize}
          total={query.data.total}
          onChange={onPageChange}
          hideOnSinglePage
        />
      </>
    );
  }

  return (
    <Card variant="borderless" data-testid="notifications-view">
      <div className="tb-notif-toolbar">
        <Segmented<'all' | 'unread'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => onUnreadOnlyChange(value === 'unread')}
          options={[
            { value: 'all', label: t('notifications.page.all') },
            { value: 'unread', label: `${t('notifications.page.unread')} (${unread})` },
          ]}
          data-testid="notifications-filter"
        />
        <Button
          icon={<CheckOutlined />}
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
          data-testid="notifications-mark-all"
        >
          {t('notifications.page.markAllRead')}
        </Button>
      </div>
      {body}
    </Card>
  );
}
