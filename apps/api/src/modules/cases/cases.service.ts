import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type {
  AdminCasesQuery,
  CaseMetricView,
  CasesForMeQuery,
  CasesQuery,
  CaseStatus,
  CaseView,
  CreateCaseRequest,
  Page,
  PageQuery,
  UpdateCaseRequest,
} from '@toolbox/contracts';
import { CASE_LIMITS } from '@toolbox/contracts';
import { REGION_CODES, regionContains } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { AuditService, OfferingReader, type OfferingParty } from '../catalogue/index.js';
import { Notifier } from '../notifications/index.js';
import { SmesService } from '../smes/index.js';
import { CaseReader } from './case-reader.js';
import { CaseError } from './cases.errors.js';
import { CaseEntity } from './entities/case.entity.js';

/** The status moves of a case; anything else is a 409. */
const MOVES: Record<'submit' | 'approve' | 'reject', { from: CaseStatus[]; to: CaseStatus }> = {
  submit: { from: ['draft', 'rejected'], to: 'pending' },
  approve: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
};

/** Whether `viewer` sees the case in any status: its provider's user and admins. */
function isOwnerOrAdmin(viewer: AuthUser | undefined, c: CaseEntity): boolean {
  return viewer !== undefined && (viewer.role === 'admin' || viewer.id === c.providerUserId);
}

function offeringsError(message: string): CaseError {
  return new CaseError('INVALID_CASE_OFFERINGS', message, {
    fields: [{ field: 'offeringIds', code: 'invalidOffering', message }],
  });
}

/**
 * The case library (api-v1.md "Public programmes"): providers write cases about their published
 * offerings, admins review them like offerings, everyone reads the published ones.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offerings: OfferingReader,
    private readonly audit: AuditService,
    private readonly smes: SmesService,
    private readonly reader: CaseReader,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  private now(): Date {
    return new Date(this.clock.now());
  }

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(CaseEntity);
  }

  /**
   * The provider behind `offeringIds`: every one published and of one provider — the caller's
   * own when the caller is a provider. Otherwise a 400 naming `offeringIds`.
   */
  private async providerOf(
    user: AuthUser,
    offeringIds: readonly string[],
  ): Promise<{ providerId: string; providerUserId: string }> {
    const parties = await this.offerings.parties(offeringIds);
    let provider: OfferingParty | undefined;
    for (const id of offeringIds) {
      const p = parties.get(id);
      const mine = user.role !== 'provider' || p?.providerUserId === user.id;
      if (p === undefined || p.status !== 'published' || !mine) {
        throw offeringsError(
          user.role === 'provider'
            ? `offeringIds must name your own published offerings (${id} is not one)`
            : `offeringIds must name published offerings (${id} is not one)`,
        );
      }
      if (provider !== undefined && provider.providerId !== p.providerId) {
        throw offeringsError('offeringIds must name offerings of one provider');
      }
      provider = p;
    }
    if (provider === undefined) throw offeringsError('offeringIds must name an offering');
    return { providerId: provider.providerId, providerUserId: provider.providerUserId };
  }

  async create(user: AuthUser, input: CreateCaseRequest): Promise<CaseView> {
    const provider = await this.providerOf(user, input.offeringIds);
    const now = this.now();
    const saved = await this.repo().save(
      this.repo().create({
        ...provider,
        createdBy: user.id,
        title: input.title,
        story: input.story,
        industry: input.industry,
        region: input.region,
        scenarios: input.scenarios,
        offeringIds: input.offeringIds,
        metrics: metricsOf(input.metrics),
        status: 'draft',
        rejectionReason: null,
        createdAt: now,
        updatedAt: now,
        submittedAt: null,
        publishedAt: null,
      }),
    );
    return this.view(saved, user);
  }

  /** A case the caller may change: its provider's user or an admin; anyone else 404. */
  private async ownCase(user: AuthUser, id: string, em?: EntityManager): Promise<CaseEntity> {
    const c = await this.repo(em).findOne({
      where: { id },
      ...(em !== undefined ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (c === null || !(user.role === 'admin' || c.providerUserId === user.id)) {
      throw new CaseError('CASE_NOT_FOUND');
    }
    return c;
  }

  async update(user: AuthUser, id: string, input: UpdateCaseRequest): Promise<CaseView> {
    const provider =
      input.offeringIds !== undefined ? await this.providerOf(user, input.offeringIds) : null;
    const saved = await this.dataSource.transaction(async (em) => {
      const c = await this.ownCase(user, id, em);
      if (c.status !== 'draft' && c.status !== 'rejected') throw new CaseError('CASE_NOT_EDITABLE');
      if (provider !== null) {
        if (user.role === 'provider' && provider.providerUserId !== c.providerUserId) {
          throw offeringsError('offeringIds must name your own published offerings');
        }
        Object.assign(c, provider);
      }
      if (input.title !== undefined) c.title = input.title;
      if (input.story !== undefined) c.story = input.story;
      if (input.industry !== undefined) c.industry = input.industry;
      if (input.region !== undefined) c.region = input.region;
      if (input.scenarios !== undefined) c.scenarios = input.scenarios;
      if (input.offeringIds !== undefined) c.offeringIds = input.offeringIds;
      if (input.metrics !== undefined) c.metrics = metricsOf(input.metrics);
      c.updatedAt = this.now();
      return this.repo(em).save(c);
    });
    return this.view(saved, user);
  }

  /** draft or rejected → pending; the linked offerings must still be published. */
  async submit(user: AuthUser, id: string): Promise<CaseView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const c = await this.ownCase(user, id, em);
      this.assertMove(c, 'submit');
      const parties = await this.offerings.parties(c.offeringIds);
      const gone = c.offeringIds.find((o) => parties.get(o)?.status !== 'published');
      if (gone !== undefined) {
        throw offeringsError(`offering ${gone} is no longer published: link published offerings`);
      }
      const now = this.now();
      Object.assign(c, {
        status: 'pending',
        rejectionReason: null,
        submittedAt: now,
        updatedAt: now,
      });
      const out = await this.repo(em).save(c);
      await this.audit.record(em, {
        actor: user,
        action: 'submit',
        entityType: 'case',
        entityId: c.id,
        summary: c.title,
      });
      return out;
    });
    return this.view(saved, user);
  }

  private assertMove(c: CaseEntity, move: keyof typeof MOVES): void {
    if (!MOVES[move].from.includes(c.status)) {
      throw new CaseError(
        'ILLEGAL_CASE_MOVE',
        `cannot ${move} a case that is ${c.status} (only ${MOVES[move].from.join(' or ')})`,
      );
    }
  }

  /** Admin review: pending → published (approve) or rejected (reject, with a reason); audited. */
  async review(
    admin: AuthUser,
    id: string,
    move: 'approve' | 'reject',
    reason?: string,
  ): Promise<CaseView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const c = await this.repo(em).findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (c === null) throw new CaseError('CASE_NOT_FOUND');
      this.assertMove(c, move);
      const now = this.now();
      c.status = MOVES[move].to;
      c.updatedAt = now;
      if (move === 'approve') {
        c.publishedAt = now;
        c.rejectionReason = null;
      } else {
        c.rejectionReason = reason ?? null;
      }
      const out = await this.repo(em).save(c);
      await this.audit.record(em, {
        actor: admin,
        action: move,
        entityType: 'case',
        entityId: c.id,
        summary: c.title,
        reason: move === 'reject' ? (reason ?? null) : null,
      });
      // The provider learns the decision in the same transaction.
      await this.notifier.notify(
        em,
        c.providerUserId,
        move === 'approve' ? 'case_approved' : 'case_rejected',
        { caseId: c.id, title: c.title, reason: move === 'reject' ? (reason ?? null) : null },
      );
      return out;
    });
    return this.view(saved, admin);
  }

  /** One case: published for everyone; its provider's user and admins see any status. */
  async get(viewer: AuthUser | undefined, id: string): Promise<CaseView> {
    const c = await this.repo().findOne({ where: { id } });
    if (c === null || (c.status !== 'published' && !isOwnerOrAdmin(viewer, c))) {
      throw new CaseError('CASE_NOT_FOUND');
    }
    return this.view(c, viewer);
  }

  /** The provider's own cases in any status, last changed first. */
  async listMine(user: AuthUser, query: PageQuery): Promise<Page<CaseView>> {
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.repo().findAndCount({
      where: { providerUserId: user.id },
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    return pageOf(await this.views(rows, user), total, page, pageSize);
  }

  /** The admin's queue: cases of one status (default pending), oldest submission first. */
  async listForAdmin(admin: AuthUser, query: AdminCasesQuery): Promise<Page<CaseView>> {
    const { page, pageSize, skip } = pageParams(query);
    const status = query.status ?? 'pending';
    const [rows, total] = await this.repo().findAndCount({
      where: { status },
      order:
        status === 'pending'
          ? { submittedAt: 'ASC', id: 'ASC' }
          : { updatedAt: 'DESC', id: 'DESC' },
      skip,
      take: pageSize,
    });
    return pageOf(await this.views(rows, admin), total, page, pageSize);
  }

  /** Published cases, newest first, filtered by industry, scenario, region (inside) or offering. */
  async listPublished(viewer: AuthUser | undefined, query: CasesQuery): Promise<Page<CaseView>> {
    const { page, pageSize, skip } = pageParams(query);
    const qb = this.repo()
      .createQueryBuilder('c')
      .where("c.status = 'published'")
      .orderBy('c.published_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .skip(skip)
      .take(pageSize);
    if (query.industry !== undefined) qb.andWhere('c.industry = :industry', query);
    if (query.scenario !== undefined) qb.andWhere(':scenario = ANY(c.scenarios)', query);
    if (query.offeringId !== undefined) {
      qb.andWhere(':offeringId = ANY(c.offering_ids)', { offeringId: query.offeringId });
    }
    if (query.region !== undefined) {
      const outer = query.region;
      const inside = REGION_CODES.filter((code) => regionContains(outer, code));
      qb.andWhere('c.region IN (:...inside)', { inside: inside.length > 0 ? inside : [outer] });
    }
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(await this.views(rows, viewer), total, page, pageSize);
  }

  /**
   * Cases of firms like the signed-in SME: same industry first, then by how many of its weak
   * scenarios and needs they list (or only those listing `scenario`), then newest.
   */
  async forMe(user: AuthUser, query: CasesForMeQuery): Promise<CaseView[]> {
    const { profile } = await this.smes.matchingProfile(user);
    const scenarios =
      query.scenario !== undefined
        ? [query.scenario]
        : [...profile.weakScenarios, ...profile.needs.map((n) => n.code)];
    const like = await this.reader.casesLikeFirm(
      {
        industry: profile.industry,
        scenarios,
        ...(query.scenario !== undefined ? { requireScenario: query.scenario } : {}),
      },
      query.limit ?? CASE_LIMITS.forMeLimitDefault,
    );
    if (like.length === 0) return [];
    const rows = await this.repo().find({ where: { id: In(like.map((l) => l.id)) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = like.flatMap((l) => {
      const r = byId.get(l.id);
      return r === undefined ? [] : [r];
    });
    return this.views(ordered, user);
  }

  private async view(c: CaseEntity, viewer: AuthUser | undefined): Promise<CaseView> {
    const [v] = await this.views([c], viewer);
    if (v === undefined) throw new CaseError('CASE_NOT_FOUND');
    return v;
  }

  /**
   * Cases as the API shows them, with their offerings' live titles and the provider's name. The
   * public sees only the linked offerings that are published; the owner and admins see all.
   */
  private async views(
    rows: readonly CaseEntity[],
    viewer: AuthUser | undefined,
  ): Promise<CaseView[]> {
    const parties = await this.offerings.parties(rows.flatMap((c) => c.offeringIds));
    return rows.map((c) => {
      const full = isOwnerOrAdmin(viewer, c);
      const linked = c.offeringIds.flatMap((id) => {
        const p = parties.get(id);
        return p === undefined || (!full && p.status !== 'published') ? [] : [p];
      });
      const providerName =
        c.offeringIds.map((id) => parties.get(id)).find((p) => p?.providerId === c.providerId)
          ?.providerName ?? '';
      return {
        id: c.id,
        title: c.title,
        story: c.story,
        industry: c.industry,
        region: c.region,
        scenarios: c.scenarios,
        offerings: linked.map((p) => ({ id: p.id, title: p.title })),
        metrics: c.metrics,
        provider: { id: c.providerId, name: providerName },
        status: c.status,
        rejectionReason: c.status === 'rejected' ? c.rejectionReason : null,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        submittedAt: c.submittedAt?.toISOString() ?? null,
        publishedAt: c.publishedAt?.toISOString() ?? null,
      };
    });
  }
}

function metricsOf(metrics: readonly CaseMetricView[]): CaseMetricView[] {
  return metrics.map((m) => ({ code: m.code, before: m.before, after: m.after }));
}
