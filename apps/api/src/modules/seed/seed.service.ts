import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { generateCatalogue, seedOfferingRow } from '@toolbox/demo-catalogue';
import { Logger } from '../../common/logging/logger.js';
import { PasswordHasher } from '../auth/index.js';
import { CatalogueSeeder } from '../catalogue/index.js';
import { SmesService } from '../smes/index.js';
import { UsersRepository } from '../users/index.js';
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
    private readonly users: UsersRepository,
    private readonly catalogue: CatalogueSeeder,
    private readonly smes: SmesService,
  ) {}

  /** Whether any demo account (shared, published password) exists in the database. */
  async demoAccountsPresent(): Promise<boolean> {
    const demo = generateCatalogue();
    const emails = [
      DEMO_PROVIDER_EMAIL,
      DEMO_SME_EMAIL,
      ...demo.providers.map((p) => p.email),
      ...demo.smes.map((s) => s.email),
    ];
    return (await this.users.countByEmails(emails)) > 0;
  }

  /** Seeds only a database without any non-admin account, so it never touches real data. */
  async seedIfEmpty(): Promise<SeedReport> {
    if ((await this.users.countNonAdmin()) > 0)
      return { seeded: false, users: 0, providers: 0, offerings: 0, published: 0, smes: 0 };
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
      for (const [i, p] of demo.providers.entries()) {
        const userId = await account(
          em,
          i === 0 ? DEMO_PROVIDER_EMAIL : p.email,
          p.name,
          'provider',
        );
        providerIds.set(p.key, await this.catalogue.insertProvider(em, userId, p));
      }

      let published = 0;
      for (const batch of chunks(demo.offerings)) {
        const rows = batch.map((o) => {
          const providerId = providerIds.get(o.providerKey);
          if (providerId === undefined) throw new Error(`seed offering ${o.key} has no provider`);
          return seedOfferingRow(o, providerId, now);
        });
        published += (await this.catalogue.insertOfferings(em, rows)).length;
      }

      for (const [i, s] of demo.smes.entries()) {
        const userId = await account(em, i === 0 ? DEMO_SME_EMAIL : s.email, s.contactName, 'sme');
        await this.smes.insertSeedProfile(em, userId, s, now);
      }

      return {
        seeded: true,
        users: demo.providers.length + demo.smes.length,
        providers: demo.providers.length,
        offerings: demo.offerings.length,
        published,
        smes: demo.smes.length,
      };
    });
    this.catalogue.committed();
    this.logger.info({ ...report }, 'demo data seeded');
    return report;
  }
}
