import { Injectable } from '@nestjs/common';
import type {
  NeedsView,
  SmeProfileView,
  UpdateNeedsRequest,
  UpsertSmeRequest,
} from '@toolbox/contracts';
import { deriveSizeClass, type MatchProfile, type ScenarioCode } from '@toolbox/domain';
import type { EntityManager } from 'typeorm';
import type { SeedSme } from '@toolbox/demo-catalogue';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { SmeEntity } from './entities/sme.entity.js';
import { SmeError } from './smes.errors.js';
import { SmesRepository } from './smes.repository.js';

/** An SME as the provider it wrote to sees it. */
export interface SmeCard {
  id: string;
  companyName: string;
  industry: string;
  region: string;
  sizeClass: string;
  level: number | null;
}

export function toProfileView(s: SmeEntity): SmeProfileView {
  return {
    id: s.id,
    companyName: s.companyName,
    creditCode: s.creditCode,
    industry: s.industry,
    region: s.region,
    employees: s.employees,
    annualRevenueCents: s.annualRevenueCents,
    sizeClass: s.sizeClass,
    level: s.level,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function toNeedsView(s: SmeEntity | null): NeedsView {
  return {
    scenarios: s?.needScenarios ?? [],
    monthlyBudgetCents: s?.monthlyBudgetCents ?? null,
    deployment: s?.preferredDeployment ?? null,
    notes: s?.needNotes ?? null,
    updatedAt: s?.needsUpdatedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class SmesService {
  constructor(private readonly smes: SmesRepository) {}

  private levelFiller: ((userId: string) => Promise<void>) | undefined;

  async upsertProfile(user: AuthUser, input: UpsertSmeRequest): Promise<SmeProfileView> {
    const annualRevenueCents = input.annualRevenueCents ?? null;
    const saved = await this.smes.upsertProfile(user.id, {
      companyName: input.companyName,
      creditCode: input.creditCode,
      industry: input.industry,
      region: input.region,
      employees: input.employees,
      annualRevenueCents,
      sizeClass: deriveSizeClass({ employees: input.employees, annualRevenueCents }),
    });
    // An assessment taken before the profile existed updated nothing: take its level now.
    if (saved.level === null && this.levelFiller !== undefined) {
      await this.levelFiller(user.id);
      return toProfileView((await this.smes.findByUser(user.id)) ?? saved);
    }
    return toProfileView(saved);
  }

  /**
   * The assessments module's hook (it depends on this module, not the reverse): gives a profile
   * without a level the level and weak scenarios of the newest submitted assessment, if any.
   */
  fillLevelWith(filler: (userId: string) => Promise<void>): void {
    this.levelFiller = filler;
  }

  async getProfile(user: AuthUser): Promise<SmeProfileView> {
    return toProfileView(await this.requireProfile(user));
  }

  async requireProfile(user: AuthUser): Promise<SmeEntity> {
    const sme = await this.smes.findByUser(user.id);
    if (sme === null) throw new SmeError('SME_PROFILE_REQUIRED');
    return sme;
  }

  /** What matching needs of the SME: its profile, needs and newest assessment; 409 without a profile. */
  async matchingProfile(user: AuthUser): Promise<{ profile: MatchProfile; notes: string }> {
    const sme = await this.requireProfile(user);
    return {
      profile: {
        industry: sme.industry,
        region: sme.region,
        level: sme.level,
        needs: sme.needScenarios,
        monthlyBudgetCents: sme.monthlyBudgetCents,
        deployment: sme.preferredDeployment,
        weakScenarios: sme.weakScenarios,
        scenarioRatings: sme.scenarioRatings,
      },
      notes: sme.needNotes ?? '',
    };
  }

  /**
   * What another party of an engagement may see of SMEs (company name, industry, region, size
   * class, level), by user id; users without a profile are absent.
   */
  async cards(userIds: readonly string[], em?: EntityManager): Promise<Map<string, SmeCard>> {
    const rows = await this.smes.findByUsers(userIds, em);
    return new Map(
      rows.map((s) => [
        s.userId,
        {
          id: s.id,
          companyName: s.companyName,
          industry: s.industry,
          region: s.region,
          sizeClass: s.sizeClass,
          level: s.level,
        },
      ]),
    );
  }

  /** The SME's need priorities by scenario (empty without a profile), read in `em` when given. */
  async needPriorities(userId: string, em?: EntityManager): Promise<Record<string, number>> {
    const sme = await this.smes.findByUser(userId, em);
    return Object.fromEntries((sme?.needScenarios ?? []).map((n) => [n.code, n.priority]));
  }

  /**
   * A submitted assessment's level, weak scenarios and scenario ratings become the SME's stage
   * for search and matching; called inside the assessment's transaction. No profile yet: nothing
   * to update.
   */
  async recordAssessment(
    em: EntityManager,
    userId: string,
    result: {
      level: number;
      weakScenarios: readonly ScenarioCode[];
      scenarioRatings: Readonly<Partial<Record<ScenarioCode, number | null>>>;
    },
  ): Promise<void> {
    await this.smes.recordAssessment(em, userId, result.level, [...result.weakScenarios], {
      ...result.scenarioRatings,
    });
  }

  /** The demo data loader's SME: profile and needs at once, inside the seeding transaction. */
  async insertSeedProfile(em: EntityManager, userId: string, s: SeedSme, now: Date): Promise<void> {
    await this.smes.insert(em, {
      userId,
      companyName: s.companyName,
      creditCode: s.creditCode,
      industry: s.industry,
      region: s.region,
      employees: s.employees,
      annualRevenueCents: s.annualRevenueCents,
      sizeClass: deriveSizeClass({
        employees: s.employees,
        annualRevenueCents: s.annualRevenueCents,
      }),
      level: s.targetLevel,
      weakScenarios: [],
      scenarioRatings: {},
      needScenarios: s.needs.scenarios.map((n) => ({ code: n.code, priority: n.priority })),
      monthlyBudgetCents: s.needs.monthlyBudgetCents,
      preferredDeployment: s.needs.deployment,
      needNotes: s.needs.notes,
      needsUpdatedAt: now,
    });
  }

  /**
   * Demand insight's view of the SMEs located in `region` (the region itself or, for a
   * province, also its cities) and of `industry` (both optional): each one's need priorities and
   * the weak scenarios of its newest assessment. No names, no ids.
   */
  async demandProfiles(filter: {
    region?: string;
    industry?: string;
  }): Promise<{ needs: SmeEntity['needScenarios']; weakScenarios: ScenarioCode[] }[]> {
    const rows = await this.smes.demandSlice(filter);
    return rows.map((s) => ({ needs: s.needScenarios, weakScenarios: s.weakScenarios }));
  }

  async getNeeds(user: AuthUser): Promise<NeedsView> {
    return toNeedsView(await this.smes.findByUser(user.id));
  }

  async updateNeeds(user: AuthUser, input: UpdateNeedsRequest): Promise<NeedsView> {
    // One entry per scenario: a repeated code keeps its highest priority.
    const byCode = new Map<
      string,
      { code: (typeof input.scenarios)[number]['code']; priority: number }
    >();
    for (const s of input.scenarios) {
      const prev = byCode.get(s.code);
      if (prev === undefined || prev.priority < s.priority)
        byCode.set(s.code, { code: s.code, priority: s.priority });
    }
    const saved = await this.smes.updateNeeds(user.id, {
      needScenarios: [...byCode.values()].sort((a, b) => b.priority - a.priority),
      monthlyBudgetCents: input.monthlyBudgetCents ?? null,
      preferredDeployment: input.deployment ?? null,
      needNotes:
        input.notes === undefined || input.notes === null || input.notes === ''
          ? null
          : input.notes,
      needsUpdatedAt: new Date(),
    });
    if (saved === null) throw new SmeError('SME_PROFILE_REQUIRED');
    return toNeedsView(saved);
  }
}
