import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { CaseMetricView, CaseStatus } from '@toolbox/contracts';
import type { ScenarioCode } from '@toolbox/domain';
import { UserEntity } from '../../users/index.js';

/**
 * A customer case (案例) of a provider: a client firm's story with before/after figures, linked
 * to the provider's offerings. draft → pending → published | rejected (→ pending again).
 */
@Entity({ name: 'cases' })
@Index('ix_cases_status_published', ['status', 'publishedAt'])
@Index('ix_cases_provider_user', ['providerUserId', 'updatedAt'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_cases' })
  id!: string;

  /** The provider (catalogue `providers.id`) whose offerings the case links. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  /** The provider's user: who owns and edits the case. */
  @Column({ name: 'provider_user_id', type: 'uuid' })
  providerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_user_id', foreignKeyConstraintName: 'fk_cases_provider_user' })
  providerUser?: Relation<UserEntity>;

  /** Who created it (the provider's user or an admin). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  story!: string;

  @Column({ type: 'varchar', length: 8 })
  industry!: string;

  @Column({ type: 'varchar', length: 6 })
  region!: string;

  @Column({ type: 'text', array: true })
  scenarios!: ScenarioCode[];

  @Column({ name: 'offering_ids', type: 'uuid', array: true })
  offeringIds!: string[];

  @Column({ type: 'jsonb' })
  metrics!: CaseMetricView[];

  @Column({ type: 'varchar', length: 16 })
  status!: CaseStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
