import { Injectable } from '@nestjs/common';
import type { NotificationKind, NotificationPayload } from '@toolbox/contracts';
import { Logger } from '../../common/logging/logger.js';

/** A notification on its way out of the app (e-mail, SMS, …). */
export interface OutgoingNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  createdAt: Date;
}

/**
 * Delivery beyond the in-app bell, as a port: `Notifier` hands every new notification to it
 * after storing it. The default implementation only logs (no e-mail is sent); an SMTP sender
 * replaces the provider in `NotificationsModule` without touching any caller. A sender must not
 * throw into the caller's transaction: `Notifier` logs and swallows what it throws.
 */
export abstract class NotificationSender {
  abstract send(notification: OutgoingNotification): Promise<void>;
}

@Injectable()
export class LogNotificationSender extends NotificationSender {
  private readonly logger = new Logger('notifications');

  send(n: OutgoingNotification): Promise<void> {
    // Ids and the kind only: the payload may carry names and message excerpts.
    this.logger.info({ notificationId: n.id, userId: n.userId, kind: n.kind }, 'notification');
    return Promise.resolve();
  }
}
