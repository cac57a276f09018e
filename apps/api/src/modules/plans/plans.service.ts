import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import type {
  CreatePlanItemRequest,
  PlanItemView,
  PlanProgress,
  PlanResponse,
  UpdatePlanItemRequest,
} from '@toolbox/contracts';
import { OWNER_LIMITS, type PlanView } from '@toolbox/contracts';
import { canMovePlanItem, planItemCost, planItemNetCost, scenarioChanges } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { AssessmentsService } from '../assessments/index.js';
import { OfferingError, OfferingReader, type OfferingSummary } from '../catalogue/index.js';
import { type OfferingNetPrices, ProgrammeReader } from '../programmes/index.js';
import { PlanItemEntity } from './entities/plan-item.entity.js';
import { PlanError } from './plans.errors.js';

/** A plan item's cost after subsidy; null prices it at its list price. */
type NetCost = {
  netMonthlyCents: number;
  netYearlyCents: number;
  subsidy: PlanItemView['subsidy'];
};

function toItemView(
  item: PlanItemEntity,
  o: OfferingSummary | null,
  net: NetCost | null,
): PlanItemView {
  const cost =
    o === null ? { monthlyCents: 0, yearlyCents: 0 } : planItemCost(o.plans, item.planIndex);
  return {
    id: item.id,
    offering:
      o === null
        ? null
        : {
            id: o.id,
            title: o.title,
            titleEn: o.titleEn,
            providerName: o.providerName,
            plans: o.plans,
            minMonthlyPriceCents: o.minMonthlyPriceCents,
          },
    title: item.title,
    scenario: item.scenario,
    priority: item.priority,
    phase: item.phase,
    targetDate: item.targetDate,
    status: item.status,
    planIndex: item.planIndex,
    notes: item.notes,
    ...cost,
    ...(net ?? {
      netMonthlyCents: cost.monthlyCents,
      netYearlyCents: cost.yearlyCents,
      subsidy: null,
    }),
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** An SME's roadmap (规划 → 实施 → 优化); every query is scoped to the owner. */
@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(PlanItemEntity) private readonly items: Repository<PlanItemEntity>,
    private readonly offerings: OfferingReader,
    private readonly assessments: AssessmentsService,
    private readonly programmes: ProgrammeReader,
  ) {}

  private async views(userId: string, rows: PlanItemEntity[]): Promise<PlanItemView[]> {
    const ids = rows.flatMap((r) => (r.offeringId === null ? [] : [r.offeringId]));
    const [summaries, net] = await Promise.all([
      this.offerings.summaries(ids),
      this.netPrices(userId, ids),
    ]);
    return rows.map((r) => {
      const summary = r.offeringId === null ? null : (summaries.get(r.offeringId) ?? null);
      const prices = r.offeringId === null ? undefined : net.prices.get(r.offeringId);
      // Only a published offering has net prices; its plans are the summary's plans.
      let netCost: NetCost | null = null;
      if (
        summary !== null &&
        prices !== undefined &&
        prices.plans.length === summary.plans.length
      ) {
        const cost = planItemNetCost(prices.plans, r.planIndex);
        const programme =
          cost.subsidy === null ? undefined : net.names.get(cost.subsidy.programmeId);
        netCost = {
          netMonthlyCents: cost.netMonthlyCents,
          netYearlyCents: cost.netYearlyCents,
          subsidy:
            cost.subsidy === null
              ? null
              : {
                  programmeId: cost.subsidy.programmeId,
                  programmeName: programme ?? '',
                  subsidyCents: cost.subsidy.subsidyCents,
                },
        };
      }
      return toItemView(r, summary, netCost);
    });
  }

  /**
   * Net prices of the plan's offerings under the programmes the SME is eligible for today, in
   * batch (nothing read beyond the programmes when it is eligible for none), and the programmes'
   * names.
   */
  private async netPrices(
    userId: string,
    offeringIds: string[],
  ): Promise<{ prices: Map<string, OfferingNetPrices>; names: Map<string, string> }> {
    const eligible =
      offeringIds.length === 0 ? [] : await this.programmes.eligibleProgrammesFor(userId);
    const prices =
      eligible.length === 0
        ? new Map<string, OfferingNetPrices>()
        : await this.programmes.netPricesFor(userId, offeringIds);
    return { prices, names: new Map(eligible.map((p) => [p.id, p.name])) };
  }

  async get(user: AuthUser): Promise<PlanResponse> {
    const rows = await this.items.find({
      where: { userId: user.id },
      order: { priority: 'DESC', createdAt: 'ASC' },
    });
    const items = await this.views(user.id, rows);
    const sum = (
      statuses: string[],
      key: 'monthlyCents' | 'yearlyCents' | 'netMonthlyCents' | 'netYearlyCents',
    ): number => items.filter((i) => statuses.includes(i.status)).reduce((n, i) => n + i[key], 0);
    return {
      items,
      costs: {
        adoptedMonthlyCents: sum(['adopted', 'reviewed'], 'monthlyCents'),
        adoptedYearlyCents: sum(['adopted', 'reviewed'], 'yearlyCents'),
        plannedMonthlyCents: sum(['planned', 'trial'], 'monthlyCents'),
        plannedYearlyCents: sum(['planned', 'trial'], 'yearlyCents'),
        adoptedNetMonthlyCents: sum(['adopted', 'reviewed'], 'netMonthlyCents'),
        adoptedNetYearlyCents: sum(['adopted', 'reviewed'], 'netYearlyCents'),
        plannedNetMonthlyCents: sum(['planned', 'trial'], 'netMonthlyCents'),
        plannedNetYearlyCents: sum(['planned', 'trial'], 'netYearlyCents'),
      },
      progress: await this.progress(user, items),
    };
  }

  async add(user: AuthUser, input: CreatePlanItemRequest): Promise<PlanItemView> {
    let title = input.title ?? '';
    let offering: OfferingSummary | null = null;
    if (input.offeringId !== undefined) {
      offering = await this.offerings.publishedSummary(input.offeringId);
      if (offering === null) throw new OfferingError('OFFERING_NOT_FOUND');
      if (input.title === undefined) title = offering.title;
      this.checkPlanIndex(offering.plans, input.planIndex ?? null);
    }
    const exists =
      offering !== null &&
      (await this.items.existsBy({ userId: user.id, offeringId: offering.id }));
    if (exists) throw new PlanError('PLAN_ITEM_EXISTS');
    // A soft cap (two adds at once may pass it together): it bounds a plan, it is not a quota.
    if ((await this.items.countBy({ userId: user.id })) >= OWNER_LIMITS.planItemsPerSme) {
      throw new PlanError('PLAN_LIMIT_REACHED');
    }
    const saved = await this.items.save(
      this.items.create({
        userId: user.id,
        offeringId: offering?.id ?? null,
        title,
        scenario: input.scenario,
        priority: input.priority,
        phase: input.phase,
        targetDate: input.targetDate ?? null,
        status: 'planned',
        planIndex: input.planIndex ?? null,
        notes: input.notes === undefined || input.notes === '' ? null : input.notes,
      }),
    );
    return this.one(user, saved.id);
  }

  async update(user: AuthUser, id: string, input: UpdatePlanItemRequest): Promise<PlanItemView> {
    await this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(PlanItemEntity);
      const item = await repo.findOne({
        where: { id, userId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (item === null) throw new PlanError('PLAN_ITEM_NOT_FOUND');
      if (input.status !== undefined && !canMovePlanItem(item.status, input.status)) {
        throw new PlanError(
          'ILLEGAL_PLAN_MOVE',
          `cannot move a plan item from ${item.status} to ${input.status}`,
        );
      }
      if (input.planIndex !== undefined && input.planIndex !== null) {
        const plans =
          item.offeringId === null ? null : await this.offerings.plansOf(item.offeringId, em);
        if (plans === null)
          throw new PlanError('INVALID_PLAN_INDEX', 'only offering items have a plan to choose');
        this.checkPlanIndex(plans, input.planIndex);
      }
      const patch: Partial<PlanItemEntity> = {};
      if (input.title !== undefined) patch.title = input.title;
      if (input.scenario !== undefined) patch.scenario = input.scenario;
      if (input.priority !== undefined) patch.priority = input.priority;
      if (input.phase !== undefined) patch.phase = input.phase;
      if (input.status !== undefined) patch.status = input.status;
      if (input.targetDate !== undefined) patch.targetDate = input.targetDate;
      if (input.planIndex !== undefined) patch.planIndex = input.planIndex;
      if (input.notes !== undefined) patch.notes = input.notes === '' ? null : input.notes;
      if (Object.keys(patch).length > 0) await repo.update({ id, userId: user.id }, patch);
    });
    return this.one(user, id);
  }

  /**
   * An engagement reached a stage: move the SME's plan item for that offering to `status`
   * (`trial` or `adopted`) inside the caller's transaction, when there is one and the plan's own
   * rules allow the move (an item never moves back, nor out of `dropped`). True when it moved.
   */
  async advanceForOffering(
    em: EntityManager,
    userId: string,
    offeringId: string,
    status: 'trial' | 'adopted',
  ): Promise<boolean> {
    const repo = em.getRepository(PlanItemEntity);
    const item = await repo.findOne({
      where: { userId, offeringId },
      lock: { mode: 'pessimistic_write' },
    });
    if (item === null || item.status === status || !canMovePlanItem(item.status, status)) {
      return false;
    }
    await repo.update({ id: item.id, userId }, { status });
    return true;
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const res = await this.items.delete({ id, userId: user.id });
    if ((res.affected ?? 0) === 0) throw new PlanError('PLAN_ITEM_NOT_FOUND');
  }

  private checkPlanIndex(plans: readonly PlanView[], planIndex: number | null): void {
    if (planIndex !== null && (planIndex < 0 || planIndex >= plans.length)) {
      throw new PlanError('INVALID_PLAN_INDEX');
    }
  }

  private async one(user: AuthUser, id: string): Promise<PlanItemView> {
    const item = await this.items.findOneBy({ id, userId: user.id });
    if (item === null) throw new PlanError('PLAN_ITEM_NOT_FOUND');
    const [view] = await this.views(user.id, [item]);
    return view;
  }

  /** "Optimise": after a re-assessment, which scenarios moved and which adopted items were in them. */
  private async progress(user: AuthUser, items: PlanItemView[]): Promise<PlanProgress | null> {
    const two = await this.assessments.latestTwoRatings(user.id);
    if (two === null) return null;
    const { latest, previous } = two;
    return {
      assessmentId: latest.id,
      previousAssessmentId: previous.id,
      scenarios: scenarioChanges(previous.scenarioRatings, latest.scenarioRatings).map((s) => ({
        ...s,
        adoptedItems: items
          .filter(
            (i) => i.scenario === s.code && (i.status === 'adopted' || i.status === 'reviewed'),
          )
          .map((i) => i.id),
      })),
    };
  }
}
