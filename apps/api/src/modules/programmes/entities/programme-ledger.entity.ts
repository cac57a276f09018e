import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { LedgerKind } from '@toolbox/contracts';
import { bigintCents, ProgrammeEntity } from './programme.entity.js';
import { ProgrammeApplicationEntity } from './programme-application.entity.js';

/**
 * The budget ledger, append-only (a trigger refuses UPDATE and DELETE): every commitment (an
 * approval) and release (an approved application withdrawn) with the programme's committed total
 * after it. Written in the same transaction as the programme's `committed_cents`, so the last
 * row's balance always equals it (docs/adr/0012).
 */
@Entity({ name: 'programme_ledger' })
@Index('ux_programme_ledger_seq', ['programmeId', 'seq'], { unique: true })
export class ProgrammeLedgerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programme_ledger' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_ledger_programme' })
  programme?: Relation<ProgrammeEntity>;

  /** 1, 2, 3… per programme: the order of the rows (times may tie). */
  @Column({ type: 'integer' })
  seq!: number;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ProgrammeApplicationEntity, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'application_id',
    foreignKeyConstraintName: 'fk_programme_ledger_application',
  })
  application?: Relation<ProgrammeApplicationEntity>;

  @Column({ type: 'varchar', length: 8 })
  kind!: LedgerKind;

  /** Always positive; `kind` gives the direction. */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintCents })
  amountCents!: number;

  /** The programme's committed total after this row. */
  @Column({ name: 'balance_cents', type: 'bigint', transformer: bigintCents })
  balanceCents!: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
