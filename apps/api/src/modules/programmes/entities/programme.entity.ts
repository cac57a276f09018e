import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { ProgrammeStatus, ScenarioCode } from '@toolbox/domain';
import { UserEntity } from '../../users/index.js';

/** PostgreSQL returns bigint as a string; money stays far below 2^53 (PROGRAMME_LIMITS). */
export const bigintCents = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/**
 * A public programme (subsidy fund, cloud voucher) of a region. `committed_cents` is the granted
 * total; it changes only together with an append-only ledger row, by a conditional UPDATE that
 * the CHECK backs up: the granted total can never exceed the budget (docs/adr/0012).
 */
@Entity({ name: 'programmes' })
@Index('ix_programmes_status_region', ['status', 'region'])
@Check('ck_programmes_committed', '"committed_cents" >= 0 AND "committed_cents" <= "budget_cents"')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programmes' })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 4000 })
  description!: string;

  /** GB/T 2260 code: SMEs located inside it may be eligible. */
  @Column({ type: 'varchar', length: 6 })
  region!: string;

  @Column({ type: 'text', array: true })
  industries!: string[];

  @Column({ type: 'text', array: true })
  scenarios!: ScenarioCode[];

  @Column({ type: 'smallint', array: true })
  levels!: number[];

  @Column({ name: 'subsidy_percent', type: 'smallint' })
  subsidyPercent!: number;

  @Column({ name: 'cap_cents', type: 'bigint', transformer: bigintCents })
  capCents!: number;

  @Column({ name: 'budget_cents', type: 'bigint', transformer: bigintCents })
  budgetCents!: number;

  @Column({ name: 'committed_cents', type: 'bigint', default: 0, transformer: bigintCents })
  committedCents!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: ProgrammeStatus;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  /** Who created it (a gov account or an admin). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_programmes_created_by' })
  creator?: Relation<UserEntity>;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
