import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './entities/notification.entity.js';
import { LogNotificationSender, NotificationSender } from './notification-sender.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationSeeder } from './notification-seeder.js';
import { Notifier } from './notifier.js';

/**
 * In-app notifications (the bell): the `notifications` table, the user's list and mark-read,
 * and the `Notifier` port other modules call inside their transactions. Delivery beyond the app
 * goes through the `NotificationSender` port (log-only here; no e-mail is sent).
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    Notifier,
    NotificationSeeder,
    { provide: NotificationSender, useClass: LogNotificationSender },
  ],
  exports: [Notifier, NotificationSeeder],
})
export class NotificationsModule {}
