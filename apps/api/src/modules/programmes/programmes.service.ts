import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  CreateProgrammeRequest,
  EligibleProgrammesQuery,
  NetPriceView,
  Page,
  ProgrammesQuery,
  ProgrammeView,
  UpdateProgrammeRequest,
} from '@toolbox/contracts';
import {
  diffFields,
  isEligible,
  isEligibleForOffering,
  programmeTransition,
  type ProgrammeAction,
  regionContains,
  regionsThatServe,
} from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { pageOf, pageParams } from '../../common/http/paging.js';
import { AuditService, OfferingReader } from '../catalogue/index.js';
import { SmeError } from '../smes/index.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { ProgrammeReader } from './programme-reader.js';
import { insideRegionSql, manages, sees } from './programme-scope.js';
import { toProgrammeView, toRules } from './programme-view.js';
import { fieldError, ProgrammeError } from './programmes.errors.js';

const EDITABLE = [
  'name',
  'description',
  'region',
  'industries',
  'scenarios',
  'levels',
  'subsidyPercent',
  'capCents',
  'budgetCents',
  'opensAt',
  'closesAt',
] as const;

/** Programmes: gov accounts (inside their region) and admins create, edit, publish and close. */
@Injectable()
export class ProgrammesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly reader: ProgrammeReader,
    private readonly offerings: OfferingReader,
  ) {}

  /**
   * The published, open programmes the SME is eligible for — for that offering when given (its
   * scenarios and the regions it serves count too), soonest closing first. 409 without a company
   * profile; 404 when the offering is not published.
   */
  async eligible(user: AuthUser, query: EligibleProgrammesQuery): Promise<Page<ProgrammeView>> {
    const sme = await this.reader.smeFacts(user.id);
    if (sme === null) throw new SmeError('SME_PROFILE_REQUIRED');
    let offering: { scenarios: string[]; regions: string[] } | undefined;
    if (query.offeringId !== undefined) {
      const [found] = await this.offerings.indexable([query.offeringId]);
      if (found === undefined) throw new ProgrammeError('OFFERING_NOT_FOUND');
      offering = found.offering;
    }
    const now = new Date(this.clock.now());
    const all = (await this.reader.candidates(sme.region, now)).filter((p) =>
      offering === undefined
        ? isEligible(toRules(p), sme, now).eligible
        : isEligibleForOffering(toRules(p), sme, offering, now).eligible,
    );
    const { page, pageSize, skip } = pageParams(query);
    return pageOf(
      all.slice(skip, skip + pageSize).map(toProgrammeView),
      all.length,
      page,
      pageSize,
    );
  }

  /**
   * Each plan of a published offering with the best eligible programme's subsidy for the SME
   * (an SME without a company profile sees every price unsubsidised); 404 when not published.
   */
  async netPrice(user: AuthUser, offeringId: string): Promise<NetPriceView> {
    const prices = (await this.reader.netPricesFor(user.id, [offeringId])).get(offeringId);
    if (prices === undefined) throw new ProgrammeError('OFFERING_NOT_FOUND');
    return { plans: prices.plans };
  }

  /** A gov account may only use regions inside its own (a 400 naming `region`). */
  private checkRegion(user: AuthUser, region: string): void {
    if (user.role === 'gov' && (user.region === null || !regionContains(user.region, region))) {
      throw fieldError('REGION_OUTSIDE_OWN', 'region', 'regionOutsideOwn');
    }
  }

  private static checkWindow(opensAt: Date, closesAt: Date): void {
    if (closesAt.getTime() <= opensAt.getTime()) {
      throw fieldError('INVALID_WINDOW', 'closesAt', 'afterOpensAt');
    }
  }

  async create(user: AuthUser, input: CreateProgrammeRequest): Promise<ProgrammeView> {
    this.checkRegion(user, input.region);
    const opensAt = new Date(input.opensAt);
    const closesAt = new Date(input.closesAt);
    ProgrammesService.checkWindow(opensAt, closesAt);
    const saved = await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(ProgrammeEntity);
      const row = await repo.save(
        repo.create({
          name: input.name,
          description: input.description,
          region: input.region,
          industries: input.industries,
          scenarios: input.scenarios,
          levels: [...input.levels].sort((a, b) => a - b),
          subsidyPercent: input.subsidyPercent,
          capCents: input.capCents,
          budgetCents: input.budgetCents,
          committedCents: 0,
          status: 'draft',
          opensAt,
          closesAt,
          createdBy: user.id,
          publishedAt: null,
          closedAt: null,
        }),
      );
      await this.audit.record(em, {
        actor: user,
        action: 'create',
        entityType: 'programme',
        entityId: row.id,
        summary: `${row.name} (${row.region})`,
      });
      return row;
    });
    return toProgrammeView(saved);
  }

  /** The programme if `user` manages it (404 otherwise: another region's does not exist). */
  private async managed(em: EntityManager, user: AuthUser, id: string): Promise<ProgrammeEntity> {
    const p = await em
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (p === null || !manages(user, p.region)) throw new ProgrammeError('PROGRAMME_NOT_FOUND');
    return p;
  }

  async update(user: AuthUser, id: string, input: UpdateProgrammeRequest): Promise<ProgrammeView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const p = await this.managed(em, user, id);
      const move = programmeTransition(p.status, 'edit');
      if (!move.ok) throw new ProgrammeError('ILLEGAL_PROGRAMME_MOVE', move.reason);
      if (input.region !== undefined) this.checkRegion(user, input.region);
      const before = toProgrammeView(p);
      if (input.name !== undefined) p.name = input.name;
      if (input.description !== undefined) p.description = input.description;
      if (input.region !== undefined) p.region = input.region;
      if (input.industries !== undefined) p.industries = input.industries;
      if (input.scenarios !== undefined) p.scenarios = input.scenarios;
      if (input.levels !== undefined) p.levels = [...input.levels].sort((a, b) => a - b);
      if (input.subsidyPercent !== undefined) p.subsidyPercent = input.subsidyPercent;
      if (input.capCents !== undefined) p.capCents = input.capCents;
      if (input.budgetCents !== undefined) p.budgetCents = input.budgetCents;
      if (input.opensAt !== undefined) p.opensAt = new Date(input.opensAt);
      if (input.closesAt !== undefined) p.closesAt = new Date(input.closesAt);
      ProgrammesService.checkWindow(p.opensAt, p.closesAt);
      const row = await em.getRepository(ProgrammeEntity).save(p);
      await this.audit.record(em, {
        actor: user,
        action: 'update',
        entityType: 'programme',
        entityId: row.id,
        summary: row.name,
        changes: diffFields(before, toProgrammeView(row), EDITABLE),
      });
      return row;
    });
    return toProgrammeView(saved);
  }

  /** publish (draft → published) or close (published → closed); any other move is 409. */
  async move(
    user: AuthUser,
    id: string,
    action: Exclude<ProgrammeAction, 'edit'>,
  ): Promise<ProgrammeView> {
    const saved = await this.dataSource.transaction(async (em) => {
      const p = await this.managed(em, user, id);
      const move = programmeTransition(p.status, action);
      if (!move.ok) throw new ProgrammeError('ILLEGAL_PROGRAMME_MOVE', move.reason);
      const now = new Date(this.clock.now());
      p.status = move.to;
      if (action === 'publish') p.publishedAt = now;
      else p.closedAt = now;
      const row = await em.getRepository(ProgrammeEntity).save(p);
      await this.audit.record(em, {
        actor: user,
        action,
        entityType: 'programme',
        entityId: row.id,
        summary: row.name,
      });
      return row;
    });
    return toProgrammeView(saved);
  }

  async get(user: AuthUser | undefined, id: string): Promise<ProgrammeView> {
    const p = await this.dataSource.getRepository(ProgrammeEntity).findOneBy({ id });
    if (p === null || !sees(user, p)) throw new ProgrammeError('PROGRAMME_NOT_FOUND');
    return toProgrammeView(p);
  }

  /**
   * Published programmes for everyone; a gov account also sees the drafts and closed ones inside
   * its region, an admin all. `region=X` keeps programmes whose region lies inside X or contains
   * X (a city's list shows its province's programmes too; a province's shows its cities').
   */
  async list(user: AuthUser | undefined, query: ProgrammesQuery): Promise<Page<ProgrammeView>> {
    const { page, pageSize, skip } = pageParams(query);
    const qb = this.dataSource
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .skip(skip)
      .take(pageSize);
    if (user?.role === 'gov' && user.region !== null) {
      const own = insideRegionSql('p', user.region, 'own');
      qb.andWhere(`(p.status = 'published' OR ${own.sql})`, own.params);
    } else if (user?.role !== 'admin') {
      qb.andWhere("p.status = 'published'");
    }
    if (query.status !== undefined) qb.andWhere('p.status = :status', { status: query.status });
    if (query.region !== undefined) {
      const inside = insideRegionSql('p', query.region, 'inside');
      const containing = regionsThatServe(query.region);
      qb.andWhere(`(${inside.sql} OR p.region IN (:...containing))`, {
        ...inside.params,
        containing,
      });
    }
    const [rows, total] = await qb.getManyAndCount();
    return pageOf(rows.map(toProgrammeView), total, page, pageSize);
  }
}
