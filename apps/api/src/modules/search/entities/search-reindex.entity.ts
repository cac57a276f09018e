import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The reindex in progress, if any (at most one row, across every process): relays read it when
 * they claim outbox rows, under the claim lock, and record what they claim while it exists
 * (search_reindex_pending), so the reindex can catch up on what they sent to the old index.
 * Phase `swapping` holds every relay until the swap is done (docs/adr/0010).
 */
@Entity({ name: 'search_reindex' })
@Check('ck_search_reindex_single', '"id" = 1')
export class SearchReindexEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_search_reindex' })
  id!: number;

  /** The new index being built. */
  @Column({ type: 'varchar', length: 200 })
  target!: string;

  /** `loading` (relays apply and record) or `swapping` (relays hold). */
  @Column({ type: 'varchar', length: 20 })
  phase!: 'loading' | 'swapping';

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt!: Date;
}

/** Offerings the relays claimed while a reindex ran: the reindex re-reads them into its index. */
@Entity({ name: 'search_reindex_pending' })
export class SearchReindexPendingEntity {
  @PrimaryColumn({
    name: 'offering_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_search_reindex_pending',
  })
  offeringId!: string;
}
