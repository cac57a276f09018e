import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SeedOfferingRow, SeedProvider } from '@toolbox/demo-catalogue';
import { OfferingEntity } from '../offerings/entities/offering.entity.js';
import { OfferingEvents } from '../offerings/offering-events.js';
import { ProviderEntity } from '../providers/entities/provider.entity.js';

/**
 * The catalogue's part of loading the demo data: providers and offerings, inside the seeder's
 * transaction. Published offerings are announced like any other change (search queues them).
 */
@Injectable()
export class CatalogueSeeder {
  constructor(private readonly events: OfferingEvents) {}

  async insertProvider(em: EntityManager, userId: string, p: SeedProvider): Promise<string> {
    const repo = em.getRepository(ProviderEntity);
    const saved = await repo.save(
      repo.create({
        userId,
        name: p.name,
        kind: p.kind,
        description: p.description,
        website: p.website,
      }),
    );
    return saved.id;
  }

  /** Inserts offerings; answers the ids of the published ones. */
  async insertOfferings(em: EntityManager, rows: SeedOfferingRow[]): Promise<string[]> {
    return (await this.insertOfferingsWithIds(em, rows)).published;
  }

  /** Inserts offerings; answers every id in the order of `rows`, and the published ones. */
  async insertOfferingsWithIds(
    em: EntityManager,
    rows: SeedOfferingRow[],
  ): Promise<{ ids: string[]; published: string[] }> {
    if (rows.length === 0) return { ids: [], published: [] };
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(OfferingEntity)
      .values(rows)
      .returning(['id', 'status'])
      .execute();
    const inserted = result.raw as { id: string; status: string }[];
    const published = inserted.filter((r) => r.status === 'published').map((r) => r.id);
    await this.events.publicVersionsChanged(em, published);
    return { ids: inserted.map((r) => r.id), published };
  }

  /** After the seeding transaction committed: the search relay may start at once. */
  committed(): void {
    this.events.committed();
  }
}
