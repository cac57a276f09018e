/** Public face of features/notifications: import it only through this file. */
export { notificationKeys } from './api/keys';
export { NOTIFICATION_POLL_MS } from './components/notification-bell';
export { NotificationBell } from './components/lazy-notification-bell';
export { NotificationsView } from './components/notifications-view';
