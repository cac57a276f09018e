import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { generateCatalogue, type SeedCatalogue, seedOfferingRow } from '@toolbox/demo-catalogue';
import { deriveSizeClass } from '@toolbox/domain';
import { Logger } from '../../common/logging/logger.js';
import { PasswordHasher } from '../auth/index.js';
import { CatalogueSeeder } from '../catalogue/index.js';
import { AssessmentSeeder } from '../assessments/index.js';
import { CaseSeeder } from '../cases/index.js';
import { InquirySeeder } from '../engagement/index.js';
import { NotificationSeeder } from '../notifications/index.js';
import { PlanSeeder } from '../plans/index.js';
import { ProgrammeSeeder } from '../programmes/index.js';
import { ReviewsService } from '../reviews/index.js';
import { SmesService } from '../smes/index.js';
import { UsersRepository } from '../users/index.js';
import {
  DEMO_GOV_EMAIL,
  DEMO_GOV_REGION,
  DEMO_PASSWORD,
  DEMO_PROVIDER_EMAIL,
  DEMO_SME_EMAIL,
} from './demo-data.js';

export interface SeedReport {
  seeded: boolean;
  users: number;
  providers: number;
  offerings: number;
  published: number;
  smes: number;
  assessments: number;
  inquiries: number;
  reviews: number;
  planItems: number;
  views: number;
  notifications: number;
  /** Public programmes of the demo gov account and their applications. */
  programmes: number;
  programmeApplications: number;
  cases: number;
}

const DAY = 24 * 3600 * 1000;

const CHUNK = 100;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Deterministic demo data for a living marketplace on first start (`npm run db:seed`):
 * providers with offerings in every status, SMEs with profiles and needs. Published
 * offerings reach search through the outbox like any other change.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly users: UsersRepository,
    private readonly catalogue: CatalogueSeeder,
    private readonly smes: SmesService,
    private readonly assessments: AssessmentSeeder,
    private readonly inquiries: InquirySeeder,
    private readonly reviews: ReviewsService,
    private readonly plans: PlanSeeder,
    private readonly notifications: NotificationSeeder,
    private readonly programmes: ProgrammeSeeder,
    private readonly cases: CaseSeeder,
  ) {}

  /** Whether any demo account (shared, published password) exists in the database. */
  async demoAccountsPresent(): Promise<boolean> {
    const demo = generateCatalogue();
    const emails = [
      DEMO_PROVIDER_EMAIL,
      DEMO_SME_EMAIL,
      DEMO_GOV_EMAIL,
      ...demo.providers.map((p) => p.email),
      ...demo.smes.map((s) => s.email),
    ];
    return (await this.users.countByEmails(emails)) > 0;
  }

  /** Seeds only a database without any non-admin account, so it never touches real data. */
  async seedIfEmpty(): Promise<SeedReport> {
    if ((await this.users.countNonAdmin()) > 0)
      return {
        seeded: false,
        users: 0,
        providers: 0,
        offerings: 0,
        published: 0,
        smes: 0,
        assessments: 0,
        inquiries: 0,
        reviews: 0,
        planItems: 0,
        views: 0,
        notifications: 0,
        programmes: 0,
        programmeApplications: 0,
        cases: 0,
      };
    return this.seed();
  }

  /**
   * Loads the demo data in one transaction, through each module's own port: accounts (users),
   * providers and offerings (catalogue, which announces the published ones to search), SMEs.
   */
  async seed(now = new Date()): Promise<SeedReport> {
    const demo = generateCatalogue();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const account = async (
      em: EntityManager,
      email: string,
      name: string,
      role: 'sme' | 'provider',
    ): Promise<string> =>
      (await this.users.insert({ email, name: name.slice(0, 100), role, passwordHash }, em)).id;
    const report = await this.dataSource.transaction(async (em) => {
      const providerIds = new Map<string, string>();
      const providerUserIds = new Map<string, string>();
      for (const [i, p] of demo.providers.entries()) {
        const userId = await account(
          em,
          i === 0 ? DEMO_PROVIDER_EMAIL : p.email,
          p.name,
          'provider',
        );
        providerIds.set(p.key, await this.catalogue.insertProvider(em, userId, p));
        providerUserIds.set(p.key, userId);
      }

      let published = 0;
      const offeringIds = new Map<string, string>();
      for (const batch of chunks(demo.offerings)) {
        const rows = batch.map((o) => {
          const providerId = providerIds.get(o.providerKey);
          if (providerId === undefined) throw new Error(`seed offering ${o.key} has no provider`);
          return seedOfferingRow(o, providerId, now);
        });
        const inserted = await this.catalogue.insertOfferingsWithIds(em, rows);
        published += inserted.published.length;
        batch.forEach((o, j) => {
          const id = inserted.ids[j];
          if (id !== undefined) offeringIds.set(o.key, id);
        });
      }

      const smeUserIds = new Map<string, string>();
      for (const [i, s] of demo.smes.entries()) {
        const userId = await account(em, i === 0 ? DEMO_SME_EMAIL : s.email, s.contactName, 'sme');
        await this.smes.insertSeedProfile(em, userId, s, now);
        smeUserIds.set(s.key, userId);
      }
      const engagement = await this.seedEngagement(em, demo, now, {
        offeringIds,
        providerUserIds,
        smeUserIds,
      });
      const programmes = await this.seedProgrammes(em, demo, now, passwordHash, {
        offeringIds,
        smeUserIds,
      });
      const cases = await this.seedCases(em, demo, now, {
        offeringIds,
        providerIds,
        providerUserIds,
      });

      return {
        seeded: true,
        users: demo.providers.length + demo.smes.length + 1,
        providers: demo.providers.length,
        offerings: demo.offerings.length,
        published,
        smes: demo.smes.length,
        ...engagement,
        ...programmes,
        cases,
      };
    });
    this.catalogue.committed();
    this.logger.info({ ...report }, 'demo data seeded');
    return report;
  }

  /**
   * The case library: published cases over many industries and scenarios, each linked to fitting
   * demo offerings, and the demo provider's cases waiting for review and rejected (cases module).
   */
  private async seedCases(
    em: EntityManager,
    demo: SeedCatalogue,
    now: Date,
    ids: {
      offeringIds: Map<string, string>;
      providerIds: Map<string, string>;
      providerUserIds: Map<string, string>;
    },
  ): Promise<number> {
    const demoProvider = demo.providers[0];
    const demoProviderUserId =
      demoProvider === undefined ? '' : (ids.providerUserIds.get(demoProvider.key) ?? '');
    return this.cases.insertDemo(
      em,
      demo.offerings.flatMap((o) => {
        const id = ids.offeringIds.get(o.key);
        const providerId = ids.providerIds.get(o.providerKey);
        const providerUserId = ids.providerUserIds.get(o.providerKey);
        if (id === undefined || providerId === undefined || providerUserId === undefined) return [];
        return [
          {
            id,
            providerId,
            providerUserId,
            published: o.status === 'published',
            scenarios: o.scenarios,
            industries: o.industries,
          },
        ];
      }),
      demoProviderUserId,
      now,
    );
  }

  /**
   * The demo gov account (Zhejiang) with its programmes: a provincial 上云券 and a Hangzhou
   * production programme with applications in every status and a partly used budget, a draft
   * and a closed one (programmes module).
   */
  private async seedProgrammes(
    em: EntityManager,
    demo: SeedCatalogue,
    now: Date,
    passwordHash: string,
    ids: { offeringIds: Map<string, string>; smeUserIds: Map<string, string> },
  ): Promise<Pick<SeedReport, 'programmes' | 'programmeApplications'>> {
    const gov = await this.users.insert(
      {
        email: DEMO_GOV_EMAIL,
        name: '浙江省经济和信息化厅',
        role: 'gov',
        region: DEMO_GOV_REGION,
        passwordHash,
      },
      em,
    );
    const report = await this.programmes.insertDemo(em, {
      govUserId: gov.id,
      smes: demo.smes.flatMap((s) => {
        const userId = ids.smeUserIds.get(s.key);
        return userId === undefined
          ? []
          : [{ userId, region: s.region, industry: s.industry, level: s.targetLevel }];
      }),
      offerings: demo.offerings.flatMap((o) => {
        const id = ids.offeringIds.get(o.key);
        return id === undefined
          ? []
          : [
              {
                id,
                published: o.status === 'published',
                scenarios: o.scenarios,
                regions: o.regions,
                plans: o.plans,
              },
            ];
      }),
      now,
    });
    return { programmes: report.programmes, programmeApplications: report.applications };
  }

  /**
   * Every demo SME's assessment history and plan, the reviews behind every seeded rating with
   * the inquiries that make them verified, the live leads (open, responded, lost, withdrawn), the
   * offering views of the last 30 days and the demo accounts' notifications, each through its
   * module's port.
   */
  private async seedEngagement(
    em: EntityManager,
    demo: SeedCatalogue,
    now: Date,
    ids: {
      offeringIds: Map<string, string>;
      providerUserIds: Map<string, string>;
      smeUserIds: Map<string, string>;
    },
  ): Promise<
    Pick<
      SeedReport,
      'assessments' | 'inquiries' | 'reviews' | 'planItems' | 'views' | 'notifications'
    >
  > {
    const ago = (days: number): Date => new Date(now.getTime() - days * DAY);
    const need = (map: Map<string, string>, key: string): string => {
      const id = map.get(key);
      if (id === undefined) throw new Error(`seed: no id for ${key}`);
      return id;
    };
    const e = demo.engagement;
    const smesByKey = new Map(demo.smes.map((s) => [s.key, s]));
    const offeringsByKey = new Map(demo.offerings.map((o) => [o.key, o]));

    for (const sme of demo.smes) {
      await this.assessments.insertHistory(
        em,
        need(ids.smeUserIds, sme.key),
        e.assessments
          .filter((a) => a.smeKey === sme.key)
          .map((a) => ({ answers: a.answers, createdAt: ago(a.daysAgo) })),
      );
    }

    const providerOf = (offeringKey: string): string => {
      const o = offeringsByKey.get(offeringKey);
      if (o === undefined) throw new Error(`seed: no offering ${offeringKey}`);
      return need(ids.providerUserIds, o.providerKey);
    };
    const inquiryIds = await this.inquiries.insertInquiries(
      em,
      e.inquiries.map((q) => ({
        offeringId: need(ids.offeringIds, q.offeringKey),
        smeUserId: need(ids.smeUserIds, q.smeKey),
        providerUserId: providerOf(q.offeringKey),
        kind: q.kind,
        status: q.status,
        planName: q.planName,
        createdAt: ago(q.createdDaysAgo),
        trialAt: q.trialDaysAgo === null ? null : ago(q.trialDaysAgo),
        closedAt: q.closedDaysAgo === null ? null : ago(q.closedDaysAgo),
        reason: q.reason,
        messages: q.messages.map((m) => ({
          author: m.author,
          body: m.body,
          createdAt: ago(m.daysAgo),
        })),
      })),
    );

    const views = await this.inquiries.insertViews(
      em,
      e.views.map((v) => ({
        offeringId: need(ids.offeringIds, v.offeringKey),
        providerUserId: providerOf(v.offeringKey),
        viewerKey:
          v.smeKey !== null ? `u:${need(ids.smeUserIds, v.smeKey)}` : `a:${v.address ?? ''}`,
        viewedAt: ago(v.daysAgo),
      })),
    );

    // The demo accounts' bell: what the API would have told them about their leads.
    const inquiryIdByKey = new Map(e.inquiries.map((q, i) => [q.key, inquiryIds[i] ?? '']));
    const notifications = await this.notifications.insert(
      em,
      e.notifications.map((n) => {
        const q = e.inquiries.find((x) => x.key === n.inquiryKey);
        if (q === undefined) throw new Error(`seed: no inquiry ${n.inquiryKey}`);
        const createdAt = ago(n.daysAgo);
        return {
          userId:
            n.recipient.role === 'sme'
              ? need(ids.smeUserIds, n.recipient.smeKey)
              : need(ids.providerUserIds, n.recipient.providerKey),
          kind: n.kind,
          payload: {
            inquiryId: need(inquiryIdByKey, n.inquiryKey),
            offeringId: need(ids.offeringIds, q.offeringKey),
            ...n.payload,
          },
          createdAt,
          readAt: n.read ? new Date(createdAt.getTime() + 3600_000) : null,
        };
      }),
    );

    await this.reviews.insertSeedReviews(
      em,
      e.reviews.map((r) => {
        const sme = smesByKey.get(r.smeKey);
        if (sme === undefined) throw new Error(`seed: no SME ${r.smeKey}`);
        return {
          offeringId: need(ids.offeringIds, r.offeringKey),
          smeUserId: need(ids.smeUserIds, r.smeKey),
          rating: r.rating,
          body: r.body,
          verified: r.verified,
          smeIndustry: sme.industry,
          smeRegion: sme.region,
          smeSizeClass: deriveSizeClass(sme),
          replyBody: r.replyBody,
          createdAt: ago(r.daysAgo),
        };
      }),
    );

    await this.plans.insertItems(
      em,
      e.planItems.map((p) => ({
        userId: need(ids.smeUserIds, p.smeKey),
        offeringId: p.offeringKey === null ? null : need(ids.offeringIds, p.offeringKey),
        title: p.title,
        scenario: p.scenario,
        priority: p.priority,
        phase: p.phase,
        status: p.status,
        notes: p.notes,
        createdAt: ago(30),
      })),
    );

    return {
      assessments: e.assessments.length,
      inquiries: e.inquiries.length,
      reviews: e.reviews.length,
      planItems: e.planItems.length,
      views,
      notifications,
    };
  }
}
