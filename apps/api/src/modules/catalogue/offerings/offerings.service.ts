import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AdminOfferingsQuery,
  CreateOfferingRequest,
  OfferingDiff,
  OfferingView,
  Page,
  PageQuery,
  NotificationKind,
  StatusResponse,
  UpdateOfferingRequest,
} from '@toolbox/contracts';
import {
  diffFields,
  editMode,
  type OfferingStatus,
  type ReviewAction,
  transition,
} from '@toolbox/domain';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { OWNER_LIMITS } from '@toolbox/contracts';
import { Clock } from '../../../common/clock.js';
import { pageOf, pageParams } from '../../../common/http/paging.js';
import { Notifier } from '../../notifications/index.js';
import { AuditService } from '../audit/audit.service.js';
import { ProviderError } from '../providers/providers.errors.js';
import { ProvidersRepository } from '../providers/providers.repository.js';
import type { OfferingEntity } from './entities/offering.entity.js';
import {
  applyToContent,
  CONTENT_FIELDS,
  contentColumns,
  contentOf,
  toOfferingView,
} from './offering.mapper.js';
import { OfferingError } from './offerings.errors.js';
import { type OfferingWithProvider, OfferingsRepository } from './offerings.repository.js';
import { OfferingEvents } from './offering-events.js';

/** The provider hears of every admin decision on its offering (in-app notification). */
const DECISION_NOTICE = {
  approve: 'offering_approved',
  reject: 'offering_rejected',
  suspend: 'offering_suspended',
} as const satisfies Record<Exclude<ReviewAction, 'submit'>, NotificationKind>;

const canSeeUnpublished = (viewer: AuthUser | undefined, ownerUserId: string): boolean =>
  viewer !== undefined && (viewer.role === 'admin' || viewer.id === ownerUserId);

@Injectable()
export class OfferingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offerings: OfferingsRepository,
    private readonly providers: ProvidersRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: OfferingEvents,
    private readonly notifier: Notifier,
  ) {}

  async create(user: AuthUser, input: CreateOfferingRequest): Promise<OfferingView> {
    return this.dataSource.transaction(async (em) => {
      const provider = await this.providers.findByUser(user.id, em);
      if (provider === null) throw new ProviderError('PROVIDER_PROFILE_REQUIRED');
      const owned = await this.offerings.countOfProviderLocked(em, provider.id);
      if (owned >= OWNER_LIMITS.offeringsPerProvider) {
        throw new OfferingError('OFFERING_LIMIT_REACHED');
      }
      const content = applyToContent(null, input);
      const saved = await this.offerings.insert(em, {
        providerId: provider.id,
        status: 'draft',
        statusReason: null,
        ...contentColumns(content),
      });
      await this.audit.record(em, {
        actor: user,
        action: 'create',
        entityType: 'offering',
        entityId: saved.id,
        summary: saved.title,
      });
      return toOfferingView(saved, provider, { withRevision: true });
    });
  }

  async update(user: AuthUser, id: string, input: UpdateOfferingRequest): Promise<OfferingView> {
    const view = await this.dataSource.transaction(async (em) => {
      const found = await this.offerings.findOwnedForUpdate(em, id, user.id);
      if (found === null) throw new OfferingError('OFFERING_NOT_FOUND');
      const { offering, provider } = found;
      const published = contentOf(offering);
      let saved: OfferingEntity;
      if (editMode(offering.status) === 'revision') {
        // A published offering keeps showing its published version; the edit waits for review.
        const base = offering.pendingRevision?.content ?? published;
        const revised = applyToContent(base, input);
        saved = await this.offerings.update(em, id, {
          pendingRevision: {
            content: revised,
            submittedAt: new Date(this.clock.now()).toISOString(),
            submittedBy: user.id,
          },
          version: offering.version + 1,
        });
        await this.audit.record(em, {
          actor: user,
          action: 'revise',
          entityType: 'offering',
          entityId: id,
          summary: offering.title,
          changes: diffFields(published, revised, CONTENT_FIELDS),
        });
      } else {
        const next = applyToContent(published, input);
        saved = await this.offerings.update(em, id, {
          ...contentColumns(next),
          version: offering.version + 1,
        });
        await this.audit.record(em, {
          actor: user,
          action: 'update',
          entityType: 'offering',
          entityId: id,
          summary: next.title,
          changes: diffFields(published, next, CONTENT_FIELDS),
        });
      }
      // The index keeps each published offering's version (reconcile compares them).
      if (saved.status === 'published') await this.events.publicVersionChanged(em, saved);
      return toOfferingView(saved, provider, { withRevision: true });
    });
    this.events.committed();
    return view;
  }

  async submit(user: AuthUser, id: string): Promise<StatusResponse> {
    const result = await this.dataSource.transaction(async (em) => {
      const found = await this.offerings.findOwnedForUpdate(em, id, user.id);
      if (found === null) throw new OfferingError('OFFERING_NOT_FOUND');
      return this.move(em, user, found, 'submit', null);
    });
    this.events.committed();
    return result;
  }

  async review(
    admin: AuthUser,
    id: string,
    action: Exclude<ReviewAction, 'submit'>,
    reason: string | null,
    /** The version the admin reviewed; checked under the row lock, so nothing slips in between. */
    expectedVersion?: number,
  ): Promise<StatusResponse> {
    const result = await this.dataSource.transaction(async (em) => {
      const found = await this.offerings.findForUpdate(em, id);
      if (found === null) throw new OfferingError('OFFERING_NOT_FOUND');
      if (expectedVersion !== undefined && found.offering.version !== expectedVersion) {
        throw new OfferingError('VERSION_CONFLICT');
      }
      const moved = await this.move(em, admin, found, action, reason);
      await this.notifier.notify(em, found.provider.userId, DECISION_NOTICE[action], {
        offeringId: id,
        title: found.offering.title,
        status: moved.status,
        reason,
      });
      return moved;
    });
    this.events.committed();
    return result;
  }

  /** One status move: check it against the machine, apply it, audit it, tell search. */
  private async move(
    em: EntityManager,
    actor: AuthUser,
    { offering }: OfferingWithProvider,
    action: ReviewAction,
    reason: string | null,
  ): Promise<StatusResponse> {
    const t = transition(
      { status: offering.status, hasPendingRevision: offering.pendingRevision !== null },
      action,
    );
    if (!t.ok) throw new OfferingError('ILLEGAL_TRANSITION', t.reason);
    const now = new Date(this.clock.now());
    const values: Partial<OfferingEntity> = { status: t.to };
    let changes = [] as ReturnType<typeof diffFields>;
    if (t.revision === 'apply' && offering.pendingRevision !== null) {
      const revised = offering.pendingRevision.content;
      changes = diffFields(contentOf(offering), revised, CONTENT_FIELDS);
      Object.assign(values, contentColumns(revised), { pendingRevision: null });
    } else if (t.revision === 'discard') {
      values.pendingRevision = null;
    }
    if (action === 'approve') values.statusReason = null;
    if (action === 'reject' || action === 'suspend') values.statusReason = reason;
    if (action === 'submit' && t.to === 'pending') values.statusReason = null;
    const publicChange = offering.status === 'published' || t.to === 'published';
    // Every change counts (api-v1.md `version`), not only what the public sees.
    values.version = offering.version + 1;
    if (t.to === 'published' && offering.publishedAt === null) values.publishedAt = now;
    if (t.to === 'published') {
      const live = { ...offering, ...values };
      values.publishedSummary = {
        title: live.title,
        titleEn: live.titleEn,
        plans: live.plans,
        minMonthlyPriceCents: live.minMonthlyPriceCents,
      };
    }
    const saved = await this.offerings.update(em, offering.id, values);
    await this.audit.record(em, {
      actor,
      action,
      entityType: 'offering',
      entityId: offering.id,
      summary: saved.title,
      reason,
      changes,
    });
    if (publicChange) await this.events.publicVersionChanged(em, saved);
    return {
      status: saved.status,
      ...(saved.pendingRevision !== null ? { pendingRevision: true } : {}),
    };
  }

  /** `clientAddress`: who reads, when anonymous (a read by anyone but the owner or an admin is a view). */
  async get(
    viewer: AuthUser | undefined,
    id: string,
    clientAddress = 'unknown',
  ): Promise<OfferingView> {
    const found = await this.offerings.findById(id);
    if (found === null) throw new OfferingError('OFFERING_NOT_FOUND');
    const privileged = canSeeUnpublished(viewer, found.provider.userId);
    if (found.offering.status !== 'published' && !privileged) {
      throw new OfferingError('OFFERING_NOT_FOUND');
    }
    if (found.offering.status === 'published' && !privileged) {
      await this.events.viewed({
        offeringId: id,
        providerUserId: found.provider.userId,
        viewerUserId: viewer?.id ?? null,
        clientAddress,
      });
    }
    return toOfferingView(found.offering, found.provider, { withRevision: privileged });
  }

  async listMine(
    user: AuthUser,
    query: PageQuery & { status?: OfferingStatus },
  ): Promise<Page<OfferingView>> {
    const provider = await this.providers.findByUser(user.id);
    const { page, pageSize, skip } = pageParams(query);
    if (provider === null) return pageOf([], 0, page, pageSize);
    const [rows, total] = await this.offerings.listByOwner(user.id, query.status, skip, pageSize);
    return pageOf(
      rows.map((o) => toOfferingView(o, provider, { withRevision: true })),
      total,
      page,
      pageSize,
    );
  }

  async listForAdmin(query: AdminOfferingsQuery): Promise<Page<OfferingView>> {
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.offerings.listForAdmin(query.status, query.q, skip, pageSize);
    return pageOf(
      rows.map((o) => toOfferingView(o, o.provider!, { withRevision: true })),
      total,
      page,
      pageSize,
    );
  }

  /** Field-by-field differences between the published version and the pending revision. */
  async diff(id: string): Promise<OfferingDiff> {
    const found = await this.offerings.findById(id);
    if (found === null) throw new OfferingError('OFFERING_NOT_FOUND');
    const { offering } = found;
    return {
      id,
      status: offering.status,
      version: offering.version,
      changes:
        offering.pendingRevision === null
          ? []
          : diffFields(contentOf(offering), offering.pendingRevision.content, CONTENT_FIELDS),
    };
  }
}
