import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ApplicationStatus } from '@toolbox/contracts';
import {
  isEligibleForOffering,
  programmeSubsidyCents,
  type ProgrammeStatus,
  type ScenarioCode,
} from '@toolbox/domain';
import { ProgrammeApplicationEntity } from './entities/programme-application.entity.js';
import { ProgrammeLedgerEntity } from './entities/programme-ledger.entity.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { toRules } from './programme-view.js';

/** A demo SME as eligibility sees it. */
export interface SeedProgrammeSme {
  userId: string;
  region: string;
  industry: string;
  level: number | null;
}

/** A demo offering as eligibility and subsidies see it. */
export interface SeedProgrammeOffering {
  id: string;
  published: boolean;
  scenarios: readonly string[];
  regions: readonly string[];
  plans: readonly { name: string; billingPeriod: string; priceCents: number }[];
}

export interface SeedProgrammesInput {
  /** The demo gov account (Zhejiang, 330000): creator and decider. */
  govUserId: string;
  /** Demo SMEs, the demo SME first (it gets an application when it is eligible). */
  smes: readonly SeedProgrammeSme[];
  offerings: readonly SeedProgrammeOffering[];
  now: Date;
}

export interface SeedProgrammesReport {
  programmes: number;
  applications: number;
  ledgerRows: number;
}

const DAY = 24 * 3600 * 1000;
const CLOUD_AND_MANAGEMENT: ScenarioCode[] = [
  'cloud_it',
  'finance',
  'hr',
  'collaboration',
  'decision_support',
];
const PRODUCTION: ScenarioCode[] = [
  'planning_scheduling',
  'production_control',
  'quality',
  'equipment',
];

/** What happens to each demo application, in order (approved ones commit budget). */
type Fate = 'approved' | 'submitted' | 'rejected' | 'withdrawn' | 'approved_then_withdrawn';

/**
 * The programmes module's part of loading the demo data, inside the seeder's transaction: the
 * Zhejiang demo gov account's provincial 上云券 (cloud and management scenarios) and Hangzhou's
 * production programme (two industries), a draft and a closed programme; applications in every
 * status from eligible demo SMEs (chosen with libs/domain's eligibility, so they are eligible),
 * and the ledger rows the API would have written: each approval a commit, the approved
 * application withdrawn a commit then a release; `committed_cents` equals the last balance.
 */
@Injectable()
export class ProgrammeSeeder {
  async insertDemo(em: EntityManager, input: SeedProgrammesInput): Promise<SeedProgrammesReport> {
    const { now, govUserId } = input;
    const ago = (days: number): Date => new Date(now.getTime() - days * DAY);
    const repo = em.getRepository(ProgrammeEntity);
    const programme = (
      fields: Pick<
        ProgrammeEntity,
        | 'name'
        | 'description'
        | 'region'
        | 'industries'
        | 'scenarios'
        | 'levels'
        | 'subsidyPercent'
        | 'capCents'
        | 'budgetCents'
        | 'opensAt'
        | 'closesAt'
      > & { status: ProgrammeStatus; createdDaysAgo: number },
    ): ProgrammeEntity =>
      repo.create({
        ...fields,
        committedCents: 0,
        createdBy: govUserId,
        publishedAt: fields.status === 'draft' ? null : ago(fields.createdDaysAgo - 2),
        closedAt: fields.status === 'closed' ? fields.closesAt : null,
        createdAt: ago(fields.createdDaysAgo),
        updatedAt: ago(Math.max(0, fields.createdDaysAgo - 2)),
      });

    // Hangzhou's two most common demo industries (deterministic: ties by code).
    const counts = new Map<string, number>();
    for (const s of input.smes.filter((x) => x.region === '330100')) {
      counts.set(s.industry, (counts.get(s.industry) ?? 0) + 1);
    }
    const cityIndustries = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 2)
      .map(([code]) => code)
      .sort();

    const province = await repo.save(
      programme({
        name: '2026年浙江省中小企业上云券',
        description:
          '支持省内中小企业上云用云和经营管理数字化：采购云资源、财务、人力、协同办公与经营决策类服务，按合同金额的50%给予补贴，每家企业每项最高5000元。',
        region: '330000',
        industries: [],
        scenarios: CLOUD_AND_MANAGEMENT,
        levels: [],
        subsidyPercent: 50,
        capCents: 500_000,
        budgetCents: 5_000_000,
        opensAt: ago(60),
        closesAt: new Date(now.getTime() + 120 * DAY),
        status: 'published',
        createdDaysAgo: 64,
      }),
    );
    const city = await repo.save(
      programme({
        name: '杭州市智能制造“小快轻准”产品应用补贴',
        description:
          '面向杭州市重点行业中小企业，支持计划排程、生产管控、质量管理与设备管理类数字化产品的应用，按合同金额的30%给予补贴，每家企业最高2万元。',
        region: '330100',
        industries: cityIndustries,
        scenarios: PRODUCTION,
        levels: [],
        subsidyPercent: 30,
        capCents: 2_000_000,
        budgetCents: 20_000_000,
        opensAt: ago(30),
        closesAt: new Date(now.getTime() + 90 * DAY),
        status: 'published',
        createdDaysAgo: 35,
      }),
    );
    await repo.save([
      programme({
        name: '2027年浙江省数字化改造券（征求意见稿）',
        description: '下一年度的数字化改造券方案，发布前可修改。',
        region: '330000',
        industries: [],
        scenarios: [],
        levels: [1, 2],
        subsidyPercent: 40,
        capCents: 1_000_000,
        budgetCents: 30_000_000,
        opensAt: new Date(now.getTime() + 60 * DAY),
        closesAt: new Date(now.getTime() + 400 * DAY),
        status: 'draft',
        createdDaysAgo: 3,
      }),
      programme({
        name: '2025年浙江省中小企业上云券',
        description: '上一年度的上云券，已截止受理。',
        region: '330000',
        industries: [],
        scenarios: ['cloud_it'],
        levels: [],
        subsidyPercent: 50,
        capCents: 300_000,
        budgetCents: 3_000_000,
        opensAt: ago(400),
        closesAt: ago(40),
        status: 'closed',
        createdDaysAgo: 410,
      }),
    ]);

    const used = new Set<string>();
    let applications = 0;
    let ledgerRows = 0;
    for (const [p, fates, firstDaysAgo] of [
      [
        province,
        [
          'approved',
          'approved',
          'approved',
          'approved_then_withdrawn',
          'submitted',
          'submitted',
          'rejected',
          'withdrawn',
        ],
        50,
      ],
      [city, ['approved', 'approved', 'submitted', 'submitted', 'rejected', 'withdrawn'], 25],
    ] as const) {
      const picks = this.pick(p, fates.length, input, used);
      const written = await this.insertApplications(em, p, picks, fates, govUserId, (i) =>
        ago(firstDaysAgo - i * 3),
      );
      applications += written.applications;
      ledgerRows += written.ledgerRows;
    }
    return { programmes: 4, applications, ledgerRows };
  }

  /**
   * Up to `n` (SME, offering, plan) triples the SME is eligible for, each SME once per programme
   * and each SME–offering pair once overall; the first SME (the demo SME) first when eligible.
   */
  private pick(
    p: ProgrammeEntity,
    n: number,
    input: SeedProgrammesInput,
    used: Set<string>,
  ): { sme: SeedProgrammeSme; offering: SeedProgrammeOffering; planIndex: number }[] {
    const rules = toRules(p);
    const out: { sme: SeedProgrammeSme; offering: SeedProgrammeOffering; planIndex: number }[] = [];
    for (const sme of input.smes) {
      if (out.length >= n) break;
      const offering = input.offerings.find(
        (o) =>
          o.published &&
          !used.has(`${sme.userId}:${o.id}`) &&
          o.plans.some((plan) => programmeSubsidyCents(p, plan.priceCents) > 0) &&
          isEligibleForOffering(rules, sme, o, input.now).eligible,
      );
      if (offering === undefined) continue;
      used.add(`${sme.userId}:${offering.id}`);
      const planIndex = offering.plans.findIndex(
        (plan) => programmeSubsidyCents(p, plan.priceCents) > 0,
      );
      out.push({ sme, offering, planIndex });
    }
    return out;
  }

  private async insertApplications(
    em: EntityManager,
    p: ProgrammeEntity,
    picks: readonly { sme: SeedProgrammeSme; offering: SeedProgrammeOffering; planIndex: number }[],
    fates: readonly Fate[],
    govUserId: string,
    createdAt: (i: number) => Date,
  ): Promise<{ applications: number; ledgerRows: number }> {
    const appRepo = em.getRepository(ProgrammeApplicationEntity);
    let balance = 0;
    let written = 0;
    const ledger: Partial<ProgrammeLedgerEntity>[] = [];
    for (const [i, pick] of picks.entries()) {
      const fate = fates[i] ?? 'submitted';
      const plan = pick.offering.plans[pick.planIndex];
      if (plan === undefined) continue;
      const requestedCents = programmeSubsidyCents(p, plan.priceCents);
      const created = createdAt(i);
      const decided = new Date(created.getTime() + 2 * DAY);
      const withdrawn = new Date(created.getTime() + 5 * DAY);
      const approved = fate === 'approved' || fate === 'approved_then_withdrawn';
      if (approved && balance + requestedCents > p.budgetCents) continue;
      const status: ApplicationStatus = fate === 'approved_then_withdrawn' ? 'withdrawn' : fate;
      const row = await appRepo.save(
        appRepo.create({
          programmeId: p.id,
          smeUserId: pick.sme.userId,
          offeringId: pick.offering.id,
          planName: plan.name,
          billingPeriod: plan.billingPeriod,
          priceCents: plan.priceCents,
          requestedCents,
          grantedCents: approved ? requestedCents : null,
          status,
          reason:
            fate === 'rejected'
              ? '所购服务合同尚未签订，请补充合同后重新申请'
              : approved
                ? '材料齐全，予以支持'
                : null,
          decidedBy: approved || fate === 'rejected' ? govUserId : null,
          decidedAt: approved || fate === 'rejected' ? decided : null,
          withdrawnAt: status === 'withdrawn' ? withdrawn : null,
          createdAt: created,
          updatedAt: status === 'withdrawn' ? withdrawn : approved ? decided : created,
        }),
      );
      written += 1;
      if (approved) {
        balance += requestedCents;
        ledger.push({
          programmeId: p.id,
          applicationId: row.id,
          kind: 'commit',
          amountCents: requestedCents,
          balanceCents: balance,
          actorId: govUserId,
          createdAt: decided,
        });
      }
      if (fate === 'approved_then_withdrawn') {
        balance -= requestedCents;
        ledger.push({
          programmeId: p.id,
          applicationId: row.id,
          kind: 'release',
          amountCents: requestedCents,
          balanceCents: balance,
          actorId: pick.sme.userId,
          createdAt: withdrawn,
        });
      }
    }
    // The API appends in time order; so does the demo (seq follows time).
    ledger.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
    let running = 0;
    const rows = ledger.map((l, i) => {
      running += l.kind === 'commit' ? (l.amountCents ?? 0) : -(l.amountCents ?? 0);
      return { ...l, seq: i + 1, balanceCents: running };
    });
    if (rows.length > 0) await em.getRepository(ProgrammeLedgerEntity).insert(rows);
    await em.getRepository(ProgrammeEntity).update({ id: p.id }, { committedCents: running });
    return { applications: written, ledgerRows: rows.length };
  }
}
