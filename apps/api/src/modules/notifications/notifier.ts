import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationPayload } from '@toolbox/contracts';
import { Clock } from '../../common/clock.js';
import { Logger, safeError } from '../../common/logging/logger.js';
import { NotificationEntity } from './entities/notification.entity.js';
import { NotificationSender } from './notification-sender.js';

/**
 * The port other modules call to notify a user: inside their own transaction, so the
 * notification exists exactly when the event it reports does.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger('notifier');

  constructor(
    private readonly clock: Clock,
    private readonly sender: NotificationSender,
  ) {}

  async notify(
    em: EntityManager,
    userId: string,
    kind: NotificationKind,
    payload: NotificationPayload,
  ): Promise<void> {
    const repo = em.getRepository(NotificationEntity);
    const saved = await repo.save(
      repo.create({ userId, kind, payload, readAt: null, createdAt: new Date(this.clock.now()) }),
    );
    try {
      await this.sender.send({
        id: saved.id,
        userId,
        kind,
        payload,
        createdAt: saved.createdAt,
      });
    } catch (e) {
      this.logger.warn({ err: safeError(e), notificationId: saved.id }, 'notification not sent');
    }
  }
}
