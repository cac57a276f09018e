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
import { ProviderEntity } from '../../providers/entities/provider.entity.js';
import type { OfferingContent, PlanView } from '@toolbox/contracts';
import type { Deployment, OfferingKind, OfferingStatus, ScenarioCode } from '@toolbox/domain';

/** The part of the last published version that plan items show. */
export interface PublishedSummary {
  title: string;
  titleEn: string | null;
  plans: PlanView[];
  minMonthlyPriceCents: number;
}

/** A pending edit of a published offering, waiting for review. */
export interface StoredRevision {
  content: OfferingContent;
  submittedAt: string;
  submittedBy: string;
}

@Entity({ name: 'offerings' })
@Index('ix_offerings_provider', ['providerId'])
@Index('ix_offerings_status', ['status', 'updatedAt'])
export class OfferingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_offerings' })
  id!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'fk_offerings_provider' })
  provider?: Relation<ProviderEntity>;

  @Column({ type: 'varchar', length: 16 })
  status!: OfferingStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason!: string | null;

  @Column({ type: 'varchar', length: 80 })
  title!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 80, nullable: true })
  titleEn!: string | null;

  @Column({ type: 'varchar', length: 200 })
  summary!: string;

  @Column({ name: 'summary_en', type: 'varchar', length: 200, nullable: true })
  summaryEn!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: OfferingKind;

  @Column({ type: 'text', array: true })
  scenarios!: ScenarioCode[];

  @Column({ type: 'text', array: true })
  industries!: string[];

  @Column({ type: 'smallint', array: true })
  stages!: number[];

  @Column({ type: 'text', array: true })
  regions!: string[];

  @Column({ type: 'varchar', length: 16 })
  deployment!: Deployment;

  @Column({ name: 'delivery_days', type: 'integer' })
  deliveryDays!: number;

  @Column({ type: 'jsonb' })
  plans!: PlanView[];

  @Column({ type: 'text', array: true })
  tags!: string[];

  /** Cheapest plan as a monthly equivalent (derived from plans on every write). */
  @Column({ name: 'min_monthly_price_cents', type: 'integer' })
  minMonthlyPriceCents!: number;

  @Column({
    type: 'numeric',
    precision: 2,
    scale: 1,
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  rating!: number | null;

  @Column({ name: 'review_count', type: 'integer', default: 0 })
  reviewCount!: number;

  @Column({ name: 'pending_revision', type: 'jsonb', nullable: true })
  pendingRevision!: StoredRevision | null;

  /** Bumped on every change of what the public sees; the search index keeps it to detect drift. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /**
   * What plan items show of the offering: its title and plans as last published. A suspended or
   * rejected offering is edited in place, and those edits are not what an SME put in its plan.
   * Null until the first approval (and for rows published before the column existed, which read
   * the live columns).
   */
  @Column({ name: 'published_summary', type: 'jsonb', nullable: true })
  publishedSummary!: PublishedSummary | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
