import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type FindOptionsWhere, Not } from 'typeorm';
import type {
  MarkNotificationsReadResponse,
  NotificationsPage,
  NotificationsQuery,
  NotificationView,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageParams } from '../../common/http/paging.js';
import { NotificationEntity } from './entities/notification.entity.js';

function toView(n: NotificationEntity): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    payload: n.payload,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

/** A user's own notifications: every query is scoped to the signed-in user. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  private unreadCount(userId: string): Promise<number> {
    return this.repo.countBy({ userId, readAt: IsNull() });
  }

  async list(user: AuthUser, query: NotificationsQuery): Promise<NotificationsPage> {
    const { page, pageSize, skip } = pageParams(query);
    const where: FindOptionsWhere<NotificationEntity> = { userId: user.id };
    if (query.unread === true) where.readAt = IsNull();
    if (query.unread === false) where.readAt = Not(IsNull());
    const [rows, total] = await this.repo.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    return {
      items: rows.map(toView),
      total,
      page,
      pageSize,
      unreadCount: await this.unreadCount(user.id),
    };
  }

  /** Marks the user's own unread notifications among `ids` read; anyone else's ids are ignored. */
  async markRead(user: AuthUser, ids: readonly string[]): Promise<MarkNotificationsReadResponse> {
    const res = await this.repo.update(
      { id: In([...new Set(ids)]), userId: user.id, readAt: IsNull() },
      { readAt: new Date(this.clock.now()) },
    );
    return { marked: res.affected ?? 0, unreadCount: await this.unreadCount(user.id) };
  }
}
