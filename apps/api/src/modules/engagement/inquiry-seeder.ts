import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  engagementDay,
  type InquiryActor,
  type InquiryKind,
  type InquiryStatus,
} from '@toolbox/domain';
import { InquiryEventEntity } from './entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from './entities/inquiry-message.entity.js';
import { InquiryEntity } from './entities/inquiry.entity.js';
import { OfferingViewEntity } from './entities/offering-view.entity.js';

/** A demo inquiry with its thread, as the seeder inserts it (ids resolved, times absolute). */
export interface SeedInquiryRow {
  offeringId: string;
  smeUserId: string;
  providerUserId: string;
  kind: InquiryKind;
  status: InquiryStatus;
  planName: string | null;
  createdAt: Date;
  /** When the provider moved it to `trialing`; null when it never got there. */
  trialAt: Date | null;
  /** When it became won, lost or withdrawn. */
  closedAt: Date | null;
  /** The final move's reason (lost: the provider's, withdrawn: the SME's). */
  reason: string | null;
  messages: { author: InquiryActor; body: string; createdAt: Date }[];
}

/** A demo offering view; `viewerKey` as the API writes it (`u:<user id>` or `a:<address>`). */
export interface SeedViewRow {
  offeringId: string;
  providerUserId: string;
  viewerKey: string;
  viewedAt: Date;
}

type Event = Partial<InquiryEventEntity> & Pick<InquiryEventEntity, 'type' | 'createdAt'>;

/**
 * The engagement module's part of loading the demo data, inside the seeder's transaction: the
 * inquiries behind seeded reviews and the live leads, and offering views. Each inquiry gets its
 * messages and the events the API would have recorded, in time order: created, each message,
 * the provider's first message making it `responded`, the provider's moves to `trialing`, `won`
 * or `lost` and the SME's to `withdrawn` (with their reasons), so the funnel, first-response
 * times and the thread read them as usual.
 */
@Injectable()
export class InquirySeeder {
  /** Inserts the inquiries; returns their ids in the order of `rows`. */
  async insertInquiries(em: EntityManager, rows: readonly SeedInquiryRow[]): Promise<string[]> {
    const all: string[] = [];
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
              Math.max(last.getTime(), r.trialAt?.getTime() ?? 0, r.closedAt?.getTime() ?? 0),
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
      all.push(...ids);
      const messages: Partial<InquiryMessageEntity>[] = [];
      batch.forEach((r, j) => {
        const inquiryId = ids[j];
        if (inquiryId === undefined) return;
        for (const m of r.messages) {
          messages.push({
            inquiryId,
            author: m.author,
            authorUserId: m.author === 'sme' ? r.smeUserId : r.providerUserId,
            body: m.body,
            createdAt: m.createdAt,
          });
        }
      });
      const messageIds =
        messages.length === 0
          ? []
          : (
              (
                await em
                  .createQueryBuilder()
                  .insert()
                  .into(InquiryMessageEntity)
                  .values(messages)
                  .returning(['id'])
                  .execute()
              ).raw as { id: string }[]
            ).map((x) => x.id);
      const events: Partial<InquiryEventEntity>[] = [];
      let k = 0;
      batch.forEach((r, j) => {
        const inquiryId = ids[j];
        if (inquiryId === undefined) return;
        const ids0 = messageIds.slice(k, k + r.messages.length);
        k += r.messages.length;
        events.push(...timeline(inquiryId, r, ids0));
      });
      if (events.length > 0) await em.getRepository(InquiryEventEntity).insert(events);
    }
    return all;
  }

  /** Inserts views (at most one per viewer, offering and China Standard Time day). */
  async insertViews(em: EntityManager, rows: readonly SeedViewRow[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const result = await em
        .createQueryBuilder()
        .insert()
        .into(OfferingViewEntity)
        .values(
          rows.slice(i, i + 500).map((v) => ({
            offeringId: v.offeringId,
            providerUserId: v.providerUserId,
            viewerKey: v.viewerKey.slice(0, 80),
            day: engagementDay(v.viewedAt.getTime()),
            viewedAt: v.viewedAt,
          })),
        )
        .orIgnore()
        .returning(['id'])
        .execute();
      n += (result.raw as unknown[]).length;
    }
    return n;
  }
}

/** The events the API records for this inquiry's life, in time order (stable for equal times). */
function timeline(
  inquiryId: string,
  r: SeedInquiryRow,
  messageIds: readonly string[],
): Partial<InquiryEventEntity>[] {
  const userOf = (a: InquiryActor): string => (a === 'sme' ? r.smeUserId : r.providerUserId);
  const event = (over: Event): Event => ({
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
  const out: Event[] = [
    event({
      type: 'created',
      actor: 'sme',
      actorUserId: r.smeUserId,
      toStatus: 'open',
      createdAt: r.createdAt,
    }),
  ];
  // Status moves interleave with messages by time; a move sorts after a message of the same time.
  const moves: { at: Date; to: InquiryStatus; actor: InquiryActor; reason: string | null }[] = [];
  if (r.trialAt !== null)
    moves.push({ at: r.trialAt, to: 'trialing', actor: 'provider', reason: null });
  if (
    r.closedAt !== null &&
    (r.status === 'won' || r.status === 'lost' || r.status === 'withdrawn')
  ) {
    moves.push({
      at: r.closedAt,
      to: r.status,
      actor: r.status === 'withdrawn' ? 'sme' : 'provider',
      reason: r.reason,
    });
  }
  let status: InquiryStatus = 'open';
  let m = 0;
  let v = 0;
  while (m < r.messages.length || v < moves.length) {
    const msg = r.messages[m];
    const move = moves[v];
    if (msg !== undefined && (move === undefined || msg.createdAt <= move.at)) {
      out.push(
        event({
          type: 'message',
          actor: msg.author,
          actorUserId: userOf(msg.author),
          messageId: messageIds[m] ?? null,
          createdAt: msg.createdAt,
        }),
      );
      if (msg.author === 'provider' && status === 'open') {
        out.push(
          event({
            type: 'status',
            fromStatus: 'open',
            toStatus: 'responded',
            createdAt: msg.createdAt,
          }),
        );
        status = 'responded';
      }
      m++;
    } else if (move !== undefined) {
      out.push(
        event({
          type: 'status',
          actor: move.actor,
          actorUserId: userOf(move.actor),
          fromStatus: status,
          toStatus: move.to,
          reason: move.reason,
          createdAt: move.at,
        }),
      );
      status = move.to;
      v++;
    }
  }
  return out;
}
