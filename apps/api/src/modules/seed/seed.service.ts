import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { deriveSizeClass } from '@toolbox/domain';
import { Logger } from '../../common/logging/logger.js';
import { PasswordHasher } from '../auth/index.js';
import { OfferingEntity } from '../catalogue/offerings/entities/offering.entity.js';
import { OfferingEvents } from '../catalogue/index.js';
import { ProviderEntity } from '../catalogue/providers/entities/provider.entity.js';
import { SearchOutboxEntity } from '../search/entities/search-outbox.entity.js';
import { SmeEntity } from '../smes/entities/sme.entity.js';
import { UserEntity } from '../users/index.js';
import { generateCatalogue } from '@toolbox/demo-catalogue';
import { seedOfferingRow } from '@toolbox/demo-catalogue';
import { DEMO_PASSWORD, DEMO_PROVIDER_EMAIL, DEMO_SME_EMAIL } from './demo-data.js';

export interface SeedReport {
  seeded: boolean;
  users: number;
  providers: number;
  offerings: number;
  published: number;
  smes: number;
}

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
    private readonly events: OfferingEvents,
  ) {}

  /** Seeds only a database without any non-admin account, so it never touches real data. */
  async seedIfEmpty(): Promise<SeedReport> {
    const others = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.role <> :admin', { admin: 'admin' })
      .getCount();
    if (others > 0)
      return { seeded: false, users: 0, providers: 0, offerings: 0, published: 0, smes: 0 };
    return this.seed();
  }

  async seed(now = new Date()): Promise<SeedReport> {
    const catalogue = generateCatalogue();
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const report = await this.dataSource.transaction(async (em) => {
      const providerIds = new Map<string, string>();
      for (const [i, p] of catalogue.providers.entries()) {
        const user = await this.insertUser(
          em,
          i === 0 ? DEMO_PROVIDER_EMAIL : p.email,
          p.name,
          'provider',
          passwordHash,
        );
        const provider = await em.getRepository(ProviderEntity).save(
          em.getRepository(ProviderEntity).create({
            userId: user,
            name: p.name,
            kind: p.kind,
            description: p.description,
            website: p.website,
          }),
        );
        providerIds.set(p.key, provider.id);
      }

      const published: string[] = [];
      for (const batch of chunks(catalogue.offerings)) {
        const rows = batch.map((o) => {
          const providerId = providerIds.get(o.providerKey);
          if (providerId === undefined) throw new Error(`seed offering ${o.key} has no provider`);
          return seedOfferingRow(o, providerId, now);
        });
        const result = await em
          .createQueryBuilder()
          .insert()
          .into(OfferingEntity)
          .values(rows)
          .returning(['id', 'status'])
          .execute();
        const inserted = result.raw as { id: string; status: string }[];
        for (const r of inserted) if (r.status === 'published') published.push(r.id);
      }
      for (const ids of chunks(published, 500)) {
        await em
          .getRepository(SearchOutboxEntity)
          .insert(ids.map((offeringId) => ({ offeringId })));
      }

      for (const [i, s] of catalogue.smes.entries()) {
        const user = await this.insertUser(
          em,
          i === 0 ? DEMO_SME_EMAIL : s.email,
          s.contactName,
          'sme',
          passwordHash,
        );
        await em.getRepository(SmeEntity).insert({
          userId: user,
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
          needScenarios: s.needs.scenarios.map((n) => ({ code: n.code, priority: n.priority })),
          monthlyBudgetCents: s.needs.monthlyBudgetCents,
          preferredDeployment: s.needs.deployment,
          needNotes: s.needs.notes,
          needsUpdatedAt: now,
        });
      }

      return {
        seeded: true,
        users: catalogue.providers.length + catalogue.smes.length,
        providers: catalogue.providers.length,
        offerings: catalogue.offerings.length,
        published: published.length,
        smes: catalogue.smes.length,
      };
    });
    this.events.committed();
    this.logger.info({ ...report }, 'demo data seeded');
    return report;
  }

  private async insertUser(
    em: EntityManager,
    email: string,
    name: string,
    role: 'sme' | 'provider',
    passwordHash: string,
  ): Promise<string> {
    const repo = em.getRepository(UserEntity);
    const saved = await repo.save(
      repo.create({ email, name: name.slice(0, 100), role, passwordHash }),
    );
    return saved.id;
  }
}
