import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InquiryActor, InquiryKind, InquiryStatus } from '@toolbox/domain';
import { InquiryEventEntity } from './entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from './entities/inquiry-message.entity.js';
import { InquiryEntity } from './entities/inquiry.entity.js';

/** A demo inquiry with its thread, as the seeder inserts it (ids resolved, times absolute). */
export interface SeedInquiryRow {
  offeringId: string;
  smeUserId: string;
  providerUserId: string;
  kind: InquiryKind;
  status: Extract<InquiryStatus, 'trialing' | 'won'>;
  planName: string | null;
  createdAt: Date;
  trialAt: Date;
  closedAt: Date | null;
  messages: { author: InquiryActor; body: string; createdAt: Date }[];
}

/**
 * The engagement module's part of loading the demo data (added by the reviews work: the
 * inquiries behind seeded reviews), inside the seeder's transaction. Each inquiry gets its
 * messages and the events a live one would have: created, each message, the provider's moves to
 * `trialing` and (when won) `won`, so the funnel and first-response times read them as usual.
 */
@Injectable()
export class InquirySeeder {
  async insertInquiries(em: EntityManager, rows: readonly SeedInquiryRow[]): Promise<number> {
    for (let i = 0; i < rows.length; i += 100) {
      const batch = rows.slice(i, i + 100);
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(InquiryEntity)
        .values(
          batch.map((r) => {
            const last = r.messages[r.messages.length - 1]?.createdAt ?? r.createdAt;
            const firstResponse =
              r.messages.find((m) => m.author === 'provider')?.createdAt ?? null;
            const updatedAt = new Date(
              Math.max(last.getTime(), r.trialAt.getTime(), r.closedAt?.getTime() ?? 0),
            );
            return {
              offeringId: r.offeringId,
              smeUserId: r.smeUserId,
              providerUserId: r.providerUserId,
              kind: r.kind,
              status: r.status,
              planName: r.planName,
              messageCount: r.messages.length,
              lastMessageAt: last,
              firstResponseAt: firstResponse,
              trialAt: r.trialAt,
              closedAt: r.closedAt,
              createdAt: r.createdAt,
              updatedAt,
            };
          }),
        )
        .returning(['id'])
        .execute();
      const ids = (inserted.raw as { id: string }[]).map((x) => x.id);
      const messages: Partial<InquiryMessageEntity>[] = [];
      const events: Partial<InquiryEventEntity>[] = [];
      batch.forEach((r, j) => {
        const inquiryId = ids[j];
        if (inquiryId === undefined) return;
        const userOf = (a: InquiryActor): string => (a === 'sme' ? r.smeUserId : r.providerUserId);
        const event = (
          over: Partial<InquiryEventEntity> & Pick<InquiryEventEntity, 'type' | 'createdAt'>,
        ): Partial<InquiryEventEntity> => ({
          inquiryId,
          actor: 'provider',
          actorUserId: r.providerUserId,
          fromStatus: null,
          toStatus: null,
          reason: null,
          planStatus: null,
          messageId: null,
          ...over,
        });
        events.push(
          event({
            type: 'created',
            actor: 'sme',
            actorUserId: r.smeUserId,
            toStatus: 'open',
            createdAt: r.createdAt,
          }),
        );
        let status: InquiryStatus = 'open';
        for (const m of r.messages) {
          messages.push({
            inquiryId,
            author: m.author,
            authorUserId: userOf(m.author),
            body: m.body,
            createdAt: m.createdAt,
          });
          if (m.author === 'provider' && status === 'open') {
            events.push(
              event({
                type: 'status',
                actor: 'system',
                actorUserId: null,
                fromStatus: 'open',
                toStatus: 'responded',
                createdAt: m.createdAt,
              }),
            );
            status = 'responded';
          }
        }
        events.push(
          event({ type: 'status', fromStatus: status, toStatus: 'trialing', createdAt: r.trialAt }),
        );
        if (r.status === 'won' && r.closedAt !== null) {
          events.push(
            event({
              type: 'status',
              fromStatus: 'trialing',
              toStatus: 'won',
              createdAt: r.closedAt,
            }),
          );
        }
      });
      if (messages.length > 0) await em.getRepository(InquiryMessageEntity).insert(messages);
      if (events.length > 0) await em.getRepository(InquiryEventEntity).insert(events);
    }
    return rows.length;
  }
}
