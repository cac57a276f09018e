/** The notifications module's public surface: other modules import only from here. */
export { NotificationsModule } from './notifications.module.js';
export { Notifier } from './notifier.js';
/** The demo data loader's notifications of the demo accounts. */
export { NotificationSeeder, type SeedNotificationRow } from './notification-seeder.js';
export {
  LogNotificationSender,
  NotificationSender,
  type OutgoingNotification,
} from './notification-sender.js';
