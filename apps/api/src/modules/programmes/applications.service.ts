import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type {
  ApplicationsQuery,
  ApplicationView,
  CreateApplicationRequest,
  EligibilityView,
  LedgerEntryView,
  LedgerQuery,
  Page,
} from '@toolbox/contracts';
import {
  INELIGIBILITY_MESSAGES,
  type Eligibility,
  isEligible,
  isEligibleForOffering,
  offeringIneligibilities,
  programmeSubsidyCents,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { Logger } from '../../common/logging/logger.js';
import { AuditService, OfferingReader } from '../catalogue/index.js';
import { Notifier } from '../notifications/index.js';
import { SmeError, SmesService } from '../smes/index.js';
import { UsersRepository } from '../users/index.js';
import { ProgrammeApplicationEntity } from './entities/programme-application.entity.js';
import { ProgrammeLedgerEntity } from './entities/programme-ledger.entity.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { insideRegionSql, manages, sees } from './programme-scope.js';
import { toRules } from './programme-view.js';
import { fieldError, ProgrammeError } from './programmes.errors.js';

function eligibilityView(e: Eligibility): EligibilityView {
  if (e.eligible) return { eligible: true, reason: null, messageZh: null, messageEn: null };
  const m = INELIGIBILITY_MESSAGES[e.reason];
  return { eligible: false, reason: e.reason, messageZh: m.zh, messageEn: m.en };
}

/**
 * The committed total an `UPDATE … RETURNING committed_cents` left, or null when it matched no
 * row. (TypeORM answers a raw UPDATE as `[rows, rowCount]`.)
 */
function updatedBalance(result: unknown): number | null {
  const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as {
    committed_cents: string;
  }[];
  const row = rows[0];
  return row === undefined ? null : Number(row.committed_cents);
}

function isUniqueViolation(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505';
}

/**
 * Applications for programme subsidies and the budget they commit. An approval adds the granted
 * amount to the programme's `committed_cents` with ONE conditional UPDATE (`… WHERE
 * budget_cents − committed_cents ≥ amount`) and appends a ledger row in the same transaction:
 * PostgreSQL's row lock serialises concurrent approvals of one programme and re-checks the
 * condition on the latest row, so the granted total never exceeds the budget (docs/adr/0012).
 */
@Injectable()
export class ApplicationsService {
  private readonly logger = new Logger('programmes');

  constructor(
    private readonly dataSource: DataSource,
    private readonly smes: SmesService,
    private readonly offerings: OfferingReader,
    private readonly audit: AuditService,
    private readonly notifier: Notifier,
    private readonly users: UsersRepository,
    private readonly clock: Clock,
  ) {}

  private now(): Date {
    return new Date(this.clock.now());
  }

  async apply(
    user: AuthUser,
    programmeId: string,
    input: CreateApplicationRequest,
  ): Promise<ApplicationView> {
    const card = (await this.smes.cards([user.id])).get(user.id);
    if (card === undefined) throw new SmeError('SME_PROFILE_REQUIRED');
    const programme = await this.dataSource
      .getRepository(ProgrammeEntity)
      .findOneBy({ id: programmeId });
    if (programme === null || !sees(user, programme)) {
      throw new ProgrammeError('PROGRAMME_NOT_FOUND');
    }
    const [found] = await this.offerings.indexable([input.offeringId]);
    if (found === undefined) throw new ProgrammeError('OFFERING_NOT_FOUND');
    const offering = found.offering;
    const plan = offering.plans.find((p) => p.name === input.planName);
    if (plan === undefined) throw fieldError('UNKNOWN_PLAN', 'planName', 'unknownPlan');
    const sme = { region: card.region, industry: card.industry, level: card.level };
    const now = this.now();
    const [reason] = offeringIneligibilities(toRules(programme), sme, offering, now);
    if (reason !== undefined) {
      const m = INELIGIBILITY_MESSAGES[reason];
      throw new ProgrammeError('NOT_ELIGIBLE', `not eligible (${reason}): ${m.en} / ${m.zh}`);
    }
    const requestedCents = programmeSubsidyCents(programme, plan.priceCents);
    if (requestedCents <= 0) throw new ProgrammeError('NO_SUBSIDY');
    let saved: ProgrammeApplicationEntity;
    try {
      saved = await this.dataSource.transaction(async (em) => {
        const repo = em.getRepository(ProgrammeApplicationEntity);
        const existing = await repo.findOneBy({
          smeUserId: user.id,
          offeringId: offering.id,
          status: 'submitted',
        });
        if (existing !== null) throw new ProgrammeError('APPLICATION_EXISTS');
        const row = await repo.save(
          repo.create({
            programmeId: programme.id,
            smeUserId: user.id,
            offeringId: offering.id,
            planName: plan.name,
            billingPeriod: plan.billingPeriod,
            priceCents: plan.priceCents,
            requestedCents,
            grantedCents: null,
            status: 'submitted',
            reason: null,
            decidedBy: null,
            decidedAt: null,
            withdrawnAt: null,
          }),
        );
        await this.audit.record(em, {
          actor: user,
          action: 'submit',
          entityType: 'application',
          entityId: row.id,
          summary: `${programme.name} · ${offering.title} · ${plan.name}`,
        });
        return row;
      });
    } catch (e) {
      // Two submissions raced past the check: the partial unique index decides.
      if (isUniqueViolation(e)) throw new ProgrammeError('APPLICATION_EXISTS');
      throw e;
    }
    return (await this.views([saved]))[0];
  }

  /**
   * Paged, newest first: an SME its own, a gov account those of programmes inside its region, an
   * admin all.
   */
  async list(user: AuthUser, query: ApplicationsQuery): Promise<Page<ApplicationView>> {
    const { page, pageSize, skip } = pageParams(query);
    const qb = this.dataSource
      .getRepository(ProgrammeApplicationEntity)
      .createQueryBuilder('a')
      .innerJoin(ProgrammeEntity, 'p', 'p.id = a.programme_id')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip(skip)
      .take(pageSize);
    if (user.role === 'sme') qb.andWhere('a.sme_user_id = :me', { me: user.id });
    else if (user.role === 'gov') {
      if (user.region === null) return pageOf([], 0, page, pageSize);
      const own = insideRegionSql('p', user.region, 'own');
      qb.andWhere(own.sql, own.params);
    }
    if (query.programmeId !== undefined) {
      qb.andWhere('a.programme_id = :pid', { pid: query.programmeId });
    }
    if (query.status !== undefined) qb.andWhere('a.status = :status', { status: query.status });
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(await this.views(rows), total, page, pageSize);
  }

  /**
   * The application (locked) and its programme when `user` may decide it: the gov account of the
   * programme's region or an admin; anyone else 404.
   */
  private async decidable(
    em: EntityManager,
    user: AuthUser,
    id: string,
  ): Promise<{ app: ProgrammeApplicationEntity; programme: ProgrammeEntity }> {
    const app = await em
      .getRepository(ProgrammeApplicationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (app === null) throw new ProgrammeError('APPLICATION_NOT_FOUND');
    const programme = await em.getRepository(ProgrammeEntity).findOneBy({ id: app.programmeId });
    if (programme === null || !manages(user, programme.region)) {
      throw new ProgrammeError('APPLICATION_NOT_FOUND');
    }
    return { app, programme };
  }

  /** Appends a ledger row after `committed_cents` changed to `balance` (row lock held). */
  private async appendLedger(
    em: EntityManager,
    row: Pick<ProgrammeLedgerEntity, 'programmeId' | 'applicationId' | 'kind' | 'amountCents'> & {
      balanceCents: number;
      actorId: string | null;
    },
  ): Promise<void> {
    // The programme row is locked by this transaction's UPDATE: no other ledger write of this
    // programme can interleave, and this statement's snapshot sees every committed earlier row.
    const [{ next }] = await em.query<{ next: number }[]>(
      'SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM programme_ledger WHERE programme_id = $1',
      [row.programmeId],
    );
    await em.getRepository(ProgrammeLedgerEntity).insert({ ...row, seq: next });
  }

  /**
   * Commits `amount` against the programme's budget: one conditional UPDATE, so two approvals
   * can never both take the last of the budget, nor commit to a programme closed meanwhile.
   * Returns the committed total after it, or null when the remaining budget is less than
   * `amount` or the programme is no longer published.
   */
  private async commit(
    em: EntityManager,
    programmeId: string,
    amount: number,
  ): Promise<number | null> {
    return updatedBalance(
      await em.query(
        `UPDATE programmes SET committed_cents = committed_cents + $2, updated_at = now()
          WHERE id = $1 AND status = 'published' AND budget_cents - committed_cents >= $2
          RETURNING committed_cents`,
        [programmeId, amount],
      ),
    );
  }

  /** Gives `amount` back to the budget; returns the committed total after it. */
  private async release(em: EntityManager, programmeId: string, amount: number): Promise<number> {
    const balance = updatedBalance(
      await em.query(
        `UPDATE programmes SET committed_cents = committed_cents - $2, updated_at = now()
          WHERE id = $1
          RETURNING committed_cents`,
        [programmeId, amount],
      ),
    );
    if (balance === null) throw new ProgrammeError('PROGRAMME_NOT_FOUND');
    return balance;
  }

  async approve(user: AuthUser, id: string, note?: string): Promise<ApplicationView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const { app, programme } = await this.decidable(em, user, id);
      if (app.status !== 'submitted') {
        throw new ProgrammeError(
          'ILLEGAL_APPLICATION_MOVE',
          `cannot approve an application that is ${app.status}`,
        );
      }
      if (programme.status !== 'published') throw new ProgrammeError('PROGRAMME_NOT_PUBLISHED');
      const balance = await this.commit(em, programme.id, app.requestedCents);
      if (balance === null) {
        // Closed meanwhile (its close committed after our read), or not enough budget left.
        const now = await em.getRepository(ProgrammeEntity).findOneBy({ id: programme.id });
        if (now?.status !== 'published') throw new ProgrammeError('PROGRAMME_NOT_PUBLISHED');
        throw new ProgrammeError('BUDGET_EXHAUSTED');
      }
      await this.appendLedger(em, {
        programmeId: programme.id,
        applicationId: app.id,
        kind: 'commit',
        amountCents: app.requestedCents,
        balanceCents: balance,
        actorId: user.id,
      });
      app.status = 'approved';
      app.grantedCents = app.requestedCents;
      app.reason = note === undefined || note === '' ? null : note;
      app.decidedBy = user.id;
      app.decidedAt = this.now();
      const row = await em.getRepository(ProgrammeApplicationEntity).save(app);
      await this.decided(em, user, row, programme);
      return row;
    });
    this.logger.info(
      { applicationId: id, grantedCents: saved.grantedCents },
      'programme application approved',
    );
    return (await this.views([saved]))[0];
  }

  async reject(user: AuthUser, id: string, reason: string): Promise<ApplicationView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const { app, programme } = await this.decidable(em, user, id);
      if (app.status !== 'submitted') {
        throw new ProgrammeError(
          'ILLEGAL_APPLICATION_MOVE',
          `cannot reject an application that is ${app.status}`,
        );
      }
      app.status = 'rejected';
      app.reason = reason;
      app.decidedBy = user.id;
      app.decidedAt = this.now();
      const row = await em.getRepository(ProgrammeApplicationEntity).save(app);
      await this.decided(em, user, row, programme);
      return row;
    });
    return (await this.views([saved]))[0];
  }

  /** Audit and notify the SME of a decision (inside its transaction). */
  private async decided(
    em: EntityManager,
    user: AuthUser,
    app: ProgrammeApplicationEntity,
    programme: ProgrammeEntity,
  ): Promise<void> {
    const decision = app.status === 'approved' ? 'approve' : 'reject';
    await this.audit.record(em, {
      actor: user,
      action: decision,
      entityType: 'application',
      entityId: app.id,
      summary: `${programme.name} · ${app.planName} · ${app.requestedCents}`,
      reason: app.reason,
    });
    const party = await this.offerings.party(app.offeringId, em);
    await this.notifier.notify(em, app.smeUserId, 'application_decided', {
      applicationId: app.id,
      programmeId: programme.id,
      programmeName: programme.name,
      offeringId: app.offeringId,
      offeringTitle: party?.title ?? '',
      planName: app.planName,
      status: app.status,
      grantedCents: app.grantedCents,
      reason: app.reason,
    });
  }

  /**
   * The SME withdraws its application: a submitted one at any time; an approved one while the
   * programme is still open (published and before `closesAt`), which releases its grant into
   * the budget with a `release` ledger row. Others' applications are 404.
   */
  async withdraw(user: AuthUser, id: string): Promise<ApplicationView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const app = await em
        .getRepository(ProgrammeApplicationEntity)
        .findOne({ where: { id, smeUserId: user.id }, lock: { mode: 'pessimistic_write' } });
      if (app === null) throw new ProgrammeError('APPLICATION_NOT_FOUND');
      if (app.status !== 'submitted' && app.status !== 'approved') {
        throw new ProgrammeError(
          'ILLEGAL_APPLICATION_MOVE',
          `cannot withdraw an application that is ${app.status}`,
        );
      }
      const programme = await em
        .getRepository(ProgrammeEntity)
        .findOneByOrFail({ id: app.programmeId });
      const now = this.now();
      if (app.status === 'approved') {
        if (programme.status !== 'published' || now >= programme.closesAt) {
          throw new ProgrammeError('PROGRAMME_CLOSED');
        }
        const granted = app.grantedCents ?? 0;
        const balance = await this.release(em, programme.id, granted);
        await this.appendLedger(em, {
          programmeId: programme.id,
          applicationId: app.id,
          kind: 'release',
          amountCents: granted,
          balanceCents: balance,
          actorId: user.id,
        });
      }
      app.status = 'withdrawn';
      app.withdrawnAt = now;
      const row = await em.getRepository(ProgrammeApplicationEntity).save(app);
      await this.audit.record(em, {
        actor: user,
        action: 'withdraw',
        entityType: 'application',
        entityId: row.id,
        summary: `${programme.name} · ${row.planName}`,
      });
      return row;
    });
    return (await this.views([saved]))[0];
  }

  /** Its gov account and admins: every commit and release, oldest first, with the balance. */
  async ledger(
    user: AuthUser,
    programmeId: string,
    query: LedgerQuery,
  ): Promise<Page<LedgerEntryView>> {
    const programme = await this.dataSource
      .getRepository(ProgrammeEntity)
      .findOneBy({ id: programmeId });
    if (programme === null || !manages(user, programme.region)) {
      throw new ProgrammeError('PROGRAMME_NOT_FOUND');
    }
    const { page, pageSize, skip } = pageParams(query);
    const [rows, total] = await this.dataSource.getRepository(ProgrammeLedgerEntity).findAndCount({
      where: { programmeId },
      order: { seq: 'ASC' },
      skip,
      take: pageSize,
    });
    const actors = await this.users.actors(
      rows.flatMap((r) => (r.actorId === null ? [] : [r.actorId])),
    );
    return pageOf(
      rows.map((r): LedgerEntryView => {
        const actor = r.actorId === null ? undefined : actors.get(r.actorId);
        return {
          id: r.id,
          kind: r.kind,
          amountCents: r.amountCents,
          balanceCents: r.balanceCents,
          remainingCents: programme.budgetCents - r.balanceCents,
          applicationId: r.applicationId,
          actor:
            r.actorId !== null && actor !== undefined
              ? { id: r.actorId, name: actor.name, role: actor.role }
              : null,
          createdAt: r.createdAt.toISOString(),
        };
      }),
      total,
      page,
      pageSize,
    );
  }

  /**
   * Views of applications with their programme, offering title, SME card and the SME's
   * eligibility now: four queries for the whole page.
   */
  private async views(rows: readonly ProgrammeApplicationEntity[]): Promise<ApplicationView[]> {
    if (rows.length === 0) return [];
    const programmeIds = [...new Set(rows.map((r) => r.programmeId))];
    const offeringIds = [...new Set(rows.map((r) => r.offeringId))];
    const [programmes, parties, published, cards] = await Promise.all([
      this.dataSource
        .getRepository(ProgrammeEntity)
        .createQueryBuilder('p')
        .where('p.id IN (:...ids)', { ids: programmeIds })
        .getMany(),
      this.offerings.parties(offeringIds),
      this.offerings.indexable(offeringIds),
      this.smes.cards([...new Set(rows.map((r) => r.smeUserId))]),
    ]);
    const programmeById = new Map(programmes.map((p) => [p.id, p]));
    const offeringById = new Map(published.map((o) => [o.offering.id, o.offering]));
    const now = this.now();
    return rows.map((r): ApplicationView => {
      const p = programmeById.get(r.programmeId)!;
      const card = cards.get(r.smeUserId);
      const offering = offeringById.get(r.offeringId);
      let eligibility: EligibilityView;
      if (card === undefined) {
        eligibility = { eligible: false, reason: null, messageZh: null, messageEn: null };
      } else {
        const sme = { region: card.region, industry: card.industry, level: card.level };
        eligibility = eligibilityView(
          offering === undefined
            ? isEligible(toRules(p), sme, now)
            : isEligibleForOffering(toRules(p), sme, offering, now),
        );
      }
      return {
        id: r.id,
        status: r.status,
        programme: { id: p.id, name: p.name, region: p.region },
        offering: { id: r.offeringId, title: parties.get(r.offeringId)?.title ?? '' },
        sme: {
          id: card?.id ?? '',
          companyName: card?.companyName ?? '',
          industry: card?.industry ?? '',
          region: card?.region ?? '',
          sizeClass: card?.sizeClass ?? '',
          level: card?.level ?? null,
        },
        planName: r.planName,
        billingPeriod: r.billingPeriod,
        priceCents: r.priceCents,
        requestedCents: r.requestedCents,
        grantedCents: r.grantedCents,
        reason: r.reason,
        eligibility,
        createdAt: r.createdAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
      };
    });
  }
}
