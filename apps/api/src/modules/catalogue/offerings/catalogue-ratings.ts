import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OfferingEntity } from './entities/offering.entity.js';
import { OfferingEvents } from './offering-events.js';

/**
 * The catalogue's write port for an offering's `rating` and `reviewCount` (columns of its own
 * `offerings` table), which the reviews module computes from visible reviews. Called inside the
 * caller's transaction: the change is announced through `OfferingEvents`, so search queues the
 * offering in the same transaction and re-indexes it through the outbox.
 *
 * It does not bump `version`: that counts changes to the offering's content and pending
 * revision (what an admin reviews, api-v1.md); a rating is derived from reviews, not content.
 */
@Injectable()
export class CatalogueRatings {
  constructor(private readonly events: OfferingEvents) {}

  async setRating(
    em: EntityManager,
    offeringId: string,
    rating: number | null,
    reviewCount: number,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(OfferingEntity)
      .set({ rating, reviewCount })
      .where('id = :id', { id: offeringId })
      .execute();
    const offering = await em.getRepository(OfferingEntity).findOneByOrFail({ id: offeringId });
    await this.events.publicVersionChanged(em, offering);
  }

  /** After the caller's transaction committed: the search relay may send at once. */
  committed(): void {
    this.events.committed();
  }
}
