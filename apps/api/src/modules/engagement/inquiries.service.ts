import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CreateInquiryRequest,
  InquiriesQuery,
  InquiryEventView,
  InquiryMessageView,
  InquirySummaryView,
  InquiryView,
  Page,
} from '@toolbox/contracts';
import {
  canPostInquiryMessage,
  engagementDayStart,
  INQUIRY_LIMITS,
  type InquiryActor,
  type InquiryStatus,
  isFinalInquiryStatus,
  moveInquiry,
  PLAN_STATUS_FOR_INQUIRY,
  statusAfterMessage,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { OfferingReader, type OfferingParty } from '../catalogue/index.js';
import { Notifier } from '../notifications/index.js';
import { PlansService } from '../plans/index.js';
import { type SmeCard, SmesService } from '../smes/index.js';
import { EngagementError } from './engagement.errors.js';
import {
  type InquiryEventActor,
  InquiryEventEntity,
  type InquiryEventType,
} from './entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from './entities/inquiry-message.entity.js';
import { InquiryEntity } from './entities/inquiry.entity.js';
import { InquiriesRepository } from './inquiries.repository.js';

const DAY_MS = 86_400_000;
/** How much of a message a notification quotes. */
const EXCERPT = 140;

const excerpt = (body: string): string =>
  body.length <= EXCERPT ? body : `${body.slice(0, EXCERPT - 1)}…`;

function toMessageView(m: InquiryMessageEntity): InquiryMessageView {
  return { id: m.id, author: m.author, body: m.body, createdAt: m.createdAt.toISOString() };
}

function toEventView(e: InquiryEventEntity): InquiryEventView {
  return {
    id: e.id,
    type: e.type,
    actor: e.actor,
    from: e.fromStatus,
    to: e.toStatus,
    reason: e.reason,
    planStatus: e.planStatus,
    createdAt: e.createdAt.toISOString(),
  };
}

interface NewEvent {
  type: InquiryEventType;
  actor: InquiryEventActor;
  actorUserId: string | null;
  fromStatus?: InquiryStatus | null;
  toStatus?: InquiryStatus | null;
  reason?: string | null;
  planStatus?: 'trial' | 'adopted' | null;
  messageId?: string | null;
}

/**
 * Inquiries: an SME asks about an offering (question, trial, quote), the provider answers in
 * the thread and moves the lead along (libs/domain `moveInquiry`). Every message and move is
 * recorded with its time and actor; the other party is notified in the same transaction.
 */
@Injectable()
export class InquiriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly inquiries: InquiriesRepository,
    private readonly offerings: OfferingReader,
    private readonly smes: SmesService,
    private readonly plans: PlansService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  private now(): Date {
    return new Date(this.clock.now());
  }

  async create(user: AuthUser, input: CreateInquiryRequest): Promise<InquiryView> {
    const id = await this.dataSource.transaction(async (em) => {
      const offering = await this.offerings.party(input.offeringId, em);
      if (offering === null || offering.status !== 'published') {
        throw new EngagementError('OFFERING_NOT_FOUND');
      }
      const sme = await this.smes.requireProfile(user);
      await this.inquiries.lockSme(em, user.id);
      if (await this.inquiries.hasUnfinished(em, user.id, offering.id, input.kind)) {
        throw new EngagementError('INQUIRY_EXISTS');
      }
      const now = this.now();
      const dayStart = engagementDayStart(now.getTime());
      const today = await this.inquiries.countCreatedSince(em, user.id, new Date(dayStart));
      if (today >= INQUIRY_LIMITS.newPerSmePerDay) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil((dayStart + DAY_MS - now.getTime()) / 1000),
        );
        throw new EngagementError(
          'INQUIRY_LIMIT',
          `at most ${INQUIRY_LIMITS.newPerSmePerDay} new inquiries a day; retry tomorrow`,
          { retryAfterSeconds },
        );
      }
      const inquiry = await em.getRepository(InquiryEntity).save(
        em.getRepository(InquiryEntity).create({
          offeringId: offering.id,
          smeUserId: user.id,
          providerUserId: offering.providerUserId,
          kind: input.kind,
          status: 'open',
          planName: input.planName ?? null,
          messageCount: 0,
          lastMessageAt: now,
          firstResponseAt: null,
          trialAt: null,
          closedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.record(em, inquiry.id, now, {
        type: 'created',
        actor: 'sme',
        actorUserId: user.id,
        toStatus: 'open',
      });
      await this.addMessage(em, inquiry, 'sme', user.id, input.message, now);
      await this.notifier.notify(em, offering.providerUserId, 'inquiry_created', {
        inquiryId: inquiry.id,
        offeringId: offering.id,
        offeringTitle: offering.title,
        kind: input.kind,
        companyName: sme.companyName,
        excerpt: excerpt(input.message),
      });
      return inquiry.id;
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, query: InquiriesQuery): Promise<Page<InquirySummaryView>> {
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.inquiries.list(user, query.status, skip, pageSize);
    return pageOf(await this.summaries(rows), total, page, pageSize);
  }

  async get(user: AuthUser, id: string): Promise<InquiryView> {
    const inquiry = await this.inquiries.findVisible(user, id);
    if (inquiry === null) throw new EngagementError('INQUIRY_NOT_FOUND');
    const [[summary], messages, events] = await Promise.all([
      this.summaries([inquiry]),
      this.inquiries.messages(id),
      this.inquiries.events(id),
    ]);
    return { ...summary, messages: messages.map(toMessageView), events: events.map(toEventView) };
  }

  /** A message by the SME or the owning provider; the provider's first one makes it `responded`. */
  async postMessage(user: AuthUser, id: string, body: string): Promise<InquiryMessageView> {
    return this.dataSource.transaction(async (em) => {
      const inquiry = await this.inquiries.findOwnForUpdate(em, user, id);
      if (inquiry === null) throw new EngagementError('INQUIRY_NOT_FOUND');
      if (!canPostInquiryMessage(inquiry.status)) throw new EngagementError('INQUIRY_CLOSED');
      const author: InquiryActor = user.role === 'provider' ? 'provider' : 'sme';
      const now = this.now();
      const message = await this.addMessage(em, inquiry, author, user.id, body, now);
      const next = statusAfterMessage(inquiry.status, author);
      const patch: Partial<InquiryEntity> = {};
      if (author === 'provider' && inquiry.firstResponseAt === null) patch.firstResponseAt = now;
      if (next !== inquiry.status) {
        patch.status = next;
        await this.record(em, inquiry.id, now, {
          type: 'status',
          actor: 'provider',
          actorUserId: user.id,
          fromStatus: inquiry.status,
          toStatus: next,
        });
      }
      if (Object.keys(patch).length > 0) {
        await em.getRepository(InquiryEntity).update({ id: inquiry.id }, patch);
      }
      const offering = await this.offerings.party(inquiry.offeringId, em);
      await this.notifier.notify(em, this.otherParty(inquiry, author), 'inquiry_message', {
        inquiryId: inquiry.id,
        offeringId: inquiry.offeringId,
        offeringTitle: offering?.title ?? '',
        author,
        excerpt: excerpt(body),
      });
      return toMessageView(message);
    });
  }

  /** An explicit status move (libs/domain `moveInquiry`); trialing/won also move the plan item. */
  async move(
    user: AuthUser,
    id: string,
    to: InquiryStatus,
    reason: string | undefined,
  ): Promise<InquiryView> {
    await this.dataSource.transaction(async (em) => {
      const inquiry = await this.inquiries.findOwnForUpdate(em, user, id);
      if (inquiry === null) throw new EngagementError('INQUIRY_NOT_FOUND');
      const actor: InquiryActor = user.role === 'provider' ? 'provider' : 'sme';
      const result = moveInquiry(inquiry.status, to, actor);
      if (!result.ok) throw new EngagementError('ILLEGAL_INQUIRY_MOVE', result.reason);
      const now = this.now();
      const patch: Partial<InquiryEntity> = { status: to, updatedAt: now };
      if (to === 'trialing') patch.trialAt = now;
      if (isFinalInquiryStatus(to)) patch.closedAt = now;
      await em.getRepository(InquiryEntity).update({ id: inquiry.id }, patch);
      await this.record(em, inquiry.id, now, {
        type: 'status',
        actor,
        actorUserId: user.id,
        fromStatus: inquiry.status,
        toStatus: to,
        reason: reason ?? null,
      });
      const planStatus = PLAN_STATUS_FOR_INQUIRY[to];
      if (
        planStatus !== undefined &&
        (await this.plans.advanceForOffering(em, inquiry.smeUserId, inquiry.offeringId, planStatus))
      ) {
        await this.record(em, inquiry.id, now, {
          type: 'plan_item',
          actor: 'system',
          actorUserId: null,
          planStatus,
        });
      }
      const offering = await this.offerings.party(inquiry.offeringId, em);
      await this.notifier.notify(em, this.otherParty(inquiry, actor), 'inquiry_status', {
        inquiryId: inquiry.id,
        offeringId: inquiry.offeringId,
        offeringTitle: offering?.title ?? '',
        from: inquiry.status,
        to,
        reason: reason ?? null,
      });
    });
    return this.get(user, id);
  }

  private otherParty(inquiry: InquiryEntity, actor: InquiryActor): string {
    return actor === 'sme' ? inquiry.providerUserId : inquiry.smeUserId;
  }

  private async addMessage(
    em: EntityManager,
    inquiry: InquiryEntity,
    author: InquiryActor,
    authorUserId: string,
    body: string,
    now: Date,
  ): Promise<InquiryMessageEntity> {
    const repo = em.getRepository(InquiryMessageEntity);
    const message = await repo.save(
      repo.create({ inquiryId: inquiry.id, author, authorUserId, body, createdAt: now }),
    );
    await em
      .getRepository(InquiryEntity)
      .createQueryBuilder()
      .update()
      .set({
        messageCount: () => 'message_count + 1',
        lastMessageAt: now,
        updatedAt: now,
      })
      .where('id = :id', { id: inquiry.id })
      .execute();
    await this.record(em, inquiry.id, now, {
      type: 'message',
      actor: author,
      actorUserId: authorUserId,
      messageId: message.id,
    });
    return message;
  }

  private async record(em: EntityManager, inquiryId: string, at: Date, e: NewEvent): Promise<void> {
    await em.getRepository(InquiryEventEntity).insert({
      inquiryId,
      type: e.type,
      actor: e.actor,
      actorUserId: e.actorUserId,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      reason: e.reason ?? null,
      planStatus: e.planStatus ?? null,
      messageId: e.messageId ?? null,
      createdAt: at,
    });
  }

  /**
   * List views with the offering's live title, its provider and the SME. The provider sees the
   * SME's identity because the SME wrote to it: every inquiry starts with the SME's message.
   * Nobody else can read the inquiry at all (the queries are scoped).
   */
  private async summaries(rows: InquiryEntity[]): Promise<InquirySummaryView[]> {
    const [parties, cards] = await Promise.all([
      this.offerings.parties(rows.map((r) => r.offeringId)),
      this.smes.cards(rows.map((r) => r.smeUserId)),
    ]);
    return rows.map((r) => toSummaryView(r, parties.get(r.offeringId), cards.get(r.smeUserId)));
  }
}

function toSummaryView(
  r: InquiryEntity,
  offering: OfferingParty | undefined,
  sme: SmeCard | undefined,
): InquirySummaryView {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    offering: { id: r.offeringId, title: offering?.title ?? '' },
    provider: { id: offering?.providerId ?? '', name: offering?.providerName ?? '' },
    sme: {
      id: sme?.id ?? '',
      companyName: sme?.companyName ?? '',
      industry: sme?.industry ?? '',
      region: sme?.region ?? '',
      sizeClass: sme?.sizeClass ?? '',
      level: sme?.level ?? null,
    },
    planName: r.planName,
    messageCount: r.messageCount,
    lastMessageAt: r.lastMessageAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
