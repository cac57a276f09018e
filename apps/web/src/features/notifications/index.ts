/** Public face of features/notifications: import it only through this file. */
export { notificationKeys } from './api/keys';
export { NotificationBell, NOTIFICATION_POLL_MS } from './components/notification-bell';
export { NotificationsView } from './components/notifications-view';
