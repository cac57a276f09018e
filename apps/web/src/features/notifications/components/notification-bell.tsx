import { BellOutlined } from '@ant-design/icons';
import type { NotificationView } from '@toolbox/contracts';
import type { Role } from '@toolbox/domain';
import { Badge, Button, Empty, Popover, Skeleton } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PATHS } from '../../../shared';
import { LoadFailed } from '../../../shared/ui';
import { useListNotifications } from '../api/list-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { useFormatTime } from '../hooks/use-format-time';
import { useNotificationText } from '../hooks/use-notification-text';
import '../notifications.css';

/** The unread count is polled this often (and refetched when the window regains focus). */
export const NOTIFICATION_POLL_MS = 30_000;
const RECENT = 8;

export interface NotificationBellProps {
  role: Role;
}

/**
 * The header's bell (every signed-in role): the unread count as a badge, and a dropdown of the
 * newest notifications — each a link to its object, marked read when opened — with "mark all
 * read" and a link to the full list.
 */
export function NotificationBell({ role }: NotificationBellProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const query = useListNotifications(
    { page: 1, pageSize: RECENT },
    { refetchInterval: NOTIFICATION_POLL_MS },
  );
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const render = useNotificationText(role);
  const formatTime = useFormatTime();
  const unread = query.data?.unreadCount ?? 0;
  const panelRef = useRef<HTMLDivElement>(null);
  const bellRef = useRef<HTMLButtonElement>(null);

  // The panel is rendered at the end of the page: move focus into it when it opens, so the
  // keyboard reaches its items next; Escape closes it and returns to the bell.
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => panelRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);

  const openOne = (notification: NotificationView, link: string | null) => {
    if (notification.readAt === null) markRead.mutate([notification.id]);
    setOpen(false);
    if (link) void navigate(link);
  };

  let list;
  if (query.isPending) {
    list = <Skeleton active paragraph={{ rows: 3 }} />;
  } else if (query.isError) {
    list = (
      <LoadFailed
        error={query.error}
        retry={() => void query.refetch()}
        title={t('notifications.bell.loadFailed')}
        testId="notification-bell-error"
      />
    );
  } else if (query.data.items.length === 0) {
    list = (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.bell.empty')} />
    );
  } else {
    list = (
      <ul className="tb-notif-list tb-notif-list--compact">
        {query.data.items.map((notification) => {
          const { text, link } = render(notification);
          const unreadItem = notification.readAt === null;
          return (
            <li key={notification.id}>
              <button
                type="button"
                className={`tb-notif-item${unreadItem ? ' tb-notif-item--unread' : ''}`}
                onClick={() => openOne(notification, link)}
                data-testid="notification-item"
                data-kind={notification.kind}
                data-unread={unreadItem}
              >
                {unreadItem && (
                  <span className="tb-notif-dot" aria-label={t('notifications.page.unreadTag')} />
                )}
                <span className="tb-notif-item__text">{text}</span>
                <time className="tb-notif-item__time" dateTime={notification.createdAt}>
                  {formatTime(notification.createdAt)}
                </time>
              </button>
            </li>
          );
        })}
      </ul>
    );
  }

  const panel = (
    <div
      id={panelId}
      ref={panelRef}
      tabIndex={-1}
      role="dialog"
      aria-label={t('notifications.bell.title')}
      className="tb-notif-panel"
      data-testid="notification-panel"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        setOpen(false);
        bellRef.current?.focus();
      }}
    >
      <div className="tb-notif-panel__head">
        <strong>{t('notifications.bell.title')}</strong>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
          data-testid="notification-mark-all"
        >
          {t('notifications.bell.markAllRead')}
        </Button>
      </div>
      {list}
      <div className="tb-notif-panel__foot">
        <Link
          to={PATHS.notifications}
          onClick={() => setOpen(false)}
          data-testid="notification-view-all"
        >
          {t('notifications.bell.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover
      content={panel}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      arrow={false}
    >
      <Button
        ref={bellRef}
        type="text"
        aria-label={
          unread > 0
            ? t('notifications.bell.labelUnread', { count: unread })
            : t('notifications.bell.label')
        }
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-haspopup="dialog"
        data-testid="notification-bell"
        data-unread={unread}
        icon={
          <Badge count={unread} size="small" overflowCount={99} data-testid="notification-count">
            <BellOutlined className="tb-notif-bell__icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
