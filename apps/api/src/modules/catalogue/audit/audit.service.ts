import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type {
  AuditAction,
  AuditEntityType,
  AuditEntryView,
  AuditQuery,
  Page,
} from '@toolbox/contracts';
import type { FieldChange } from '@toolbox/domain';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { pageOf, pageParams } from '../../../common/http/paging.js';
import { UsersRepository } from '../../users/index.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

export interface AuditRecord {
  actor: AuthUser | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  summary?: string | null;
  reason?: string | null;
  changes?: FieldChange[];
}

/** Who did what, when, to which object — written in the same transaction as the change. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly repo: Repository<AuditEntryEntity>,
    private readonly users: UsersRepository,
  ) {}

  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    const repo = em.getRepository(AuditEntryEntity);
    await repo.save(
      repo.create({
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        summary: entry.summary?.slice(0, 200) ?? null,
        reason: entry.reason ?? null,
        changes: entry.changes ?? [],
      }),
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEntryView>> {
    const { page, pageSize, skip } = pageParams(query);
    const qb = this.repo
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(skip)
      .take(pageSize);
    if (query.action !== undefined) qb.andWhere('a.action = :action', { action: query.action });
    if (query.entityType !== undefined) qb.andWhere('a.entity_type = :t', { t: query.entityType });
    if (query.entityId !== undefined) qb.andWhere('a.entity_id = :e', { e: query.entityId });
    if (query.actorId !== undefined) qb.andWhere('a.actor_id = :actor', { actor: query.actorId });
    if (query.from !== undefined) qb.andWhere('a.created_at >= :from', { from: query.from });
    if (query.to !== undefined) qb.andWhere('a.created_at <= :to', { to: query.to });
    const [rows, total] = await qb.getManyAndCount();
    const actors = await this.users.actors(
      rows.flatMap((a) => (a.actorId === null ? [] : [a.actorId])),
    );
    const items = rows.map((a): AuditEntryView => {
      const actor = a.actorId === null ? undefined : actors.get(a.actorId);
      return {
        id: a.id,
        at: a.createdAt.toISOString(),
        actor:
          a.actorId !== null && actor !== undefined
            ? { id: a.actorId, name: actor.name, role: actor.role }
            : null,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        summary: a.summary,
        reason: a.reason,
        changes: a.changes,
      };
    });
    return pageOf(items, total, page, pageSize);
  }
}
