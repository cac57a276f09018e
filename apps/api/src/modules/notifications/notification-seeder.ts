import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationPayload } from '@toolbox/contracts';
import { NotificationEntity } from './entities/notification.entity.js';

/** A demo notification with its recorded time (read or not), as the seeder inserts it. */
export interface SeedNotificationRow {
  userId: string;
  kind: NotificationKind;
  payload: NotificationPayload;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * The notifications module's part of loading the demo data, inside the seeder's transaction:
 * the bell's history of the demo accounts, with their original times. Nothing is sent: these
 * report events of the demo data, not new ones (`Notifier` is for live events).
 */
@Injectable()
export class NotificationSeeder {
  async insert(em: EntityManager, rows: readonly SeedNotificationRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    await em.getRepository(NotificationEntity).insert(
      rows.map((r) => ({
        userId: r.userId,
        kind: r.kind,
        payload: r.payload,
        createdAt: r.createdAt,
        readAt: r.readAt,
      })),
    );
    return rows.length;
  }
}
