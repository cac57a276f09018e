import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per change of what search shows, written in the same transaction as the change.
 * The relay sends the offering's current state to Meilisearch and deletes the row; rows that
 * keep failing are parked (parked_at) for an admin to see and retry. A relay claims rows with a
 * lease (claimed_by, claimed_until) and applies them outside any transaction (docs/adr/0010).
 */
@Entity({ name: 'search_outbox' })
@Index('ix_search_outbox_due', ['parkedAt', 'nextAttemptAt', 'id'])
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_search_outbox',
  })
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt!: Date | null;

  /** The relay applying this row now (claimed in a short transaction; docs/adr/0010). */
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  /** The claim's lease: after this, another relay may take the row (a crashed relay's rows). */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
