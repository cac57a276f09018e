import {
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
import type { ApplicationStatus } from '@toolbox/contracts';
import { OfferingEntity } from '../../catalogue/index.js';
import { UserEntity } from '../../users/index.js';
import { bigintCents, ProgrammeEntity } from './programme.entity.js';

/**
 * An SME's application for a programme's subsidy on one plan of an offering. At most one
 * undecided (`submitted`) application per SME and offering, whatever the programme.
 */
@Entity({ name: 'programme_applications' })
@Index('ix_programme_applications_programme', ['programmeId', 'status'])
@Index('ix_programme_applications_sme', ['smeUserId', 'createdAt'])
@Index('ux_programme_applications_undecided', ['smeUserId', 'offeringId'], {
  unique: true,
  where: "status = 'submitted'",
})
export class ProgrammeApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programme_applications' })
  id!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'programme_id',
    foreignKeyConstraintName: 'fk_programme_applications_programme',
  })
  programme?: Relation<ProgrammeEntity>;

  @Column({ name: 'sme_user_id', type: 'uuid' })
  smeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sme_user_id', foreignKeyConstraintName: 'fk_programme_applications_sme' })
  smeUser?: Relation<UserEntity>;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => OfferingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'offering_id',
    foreignKeyConstraintName: 'fk_programme_applications_offering',
  })
  offering?: Relation<OfferingEntity>;

  @Column({ name: 'plan_name', type: 'varchar', length: 60 })
  planName!: string;

  @Column({ name: 'billing_period', type: 'varchar', length: 8 })
  billingPeriod!: string;

  @Column({ name: 'price_cents', type: 'bigint', transformer: bigintCents })
  priceCents!: number;

  @Column({ name: 'requested_cents', type: 'bigint', transformer: bigintCents })
  requestedCents!: number;

  @Column({ name: 'granted_cents', type: 'bigint', nullable: true, transformer: bigintCents })
  grantedCents!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: ApplicationStatus;

  /** The reviewer's reason (reject) or note (approve). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
