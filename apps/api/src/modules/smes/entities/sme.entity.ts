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
import type { Deployment, ScenarioCode, SizeClass } from '@toolbox/domain';
import { UserEntity } from '../../users/index.js';

const bigintNumber = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** An SME's company profile (one per sme account) with its needs and current digital level. */
@Entity({ name: 'smes' })
@Index('ux_smes_user', ['userId'], { unique: true })
@Index('ix_smes_region_industry', ['region', 'industry'])
export class SmeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_smes' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_smes_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'company_name', type: 'varchar', length: 100 })
  companyName!: string;

  @Column({ name: 'credit_code', type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'varchar', length: 8 })
  industry!: string;

  @Column({ type: 'varchar', length: 6 })
  region!: string;

  @Column({ type: 'integer' })
  employees!: number;

  @Column({
    name: 'annual_revenue_cents',
    type: 'bigint',
    nullable: true,
    transformer: bigintNumber,
  })
  annualRevenueCents!: number | null;

  @Column({ name: 'size_class', type: 'varchar', length: 8 })
  sizeClass!: SizeClass;

  /** Level of the newest assessment (0–4), null before the first. */
  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  /** Weak scenarios of the newest assessment, most important first. */
  @Column({ name: 'weak_scenarios', type: 'text', array: true, default: () => "'{}'" })
  weakScenarios!: ScenarioCode[];

  /** The newest assessment's rating (0–4) per assessed scenario, null where not applicable. */
  @Column({ name: 'scenario_ratings', type: 'jsonb', default: () => "'{}'" })
  scenarioRatings!: Partial<Record<ScenarioCode, number | null>>;

  @Column({ name: 'need_scenarios', type: 'jsonb', default: () => "'[]'" })
  needScenarios!: { code: ScenarioCode; priority: number }[];

  @Column({ name: 'monthly_budget_cents', type: 'integer', nullable: true })
  monthlyBudgetCents!: number | null;

  @Column({ name: 'preferred_deployment', type: 'varchar', length: 16, nullable: true })
  preferredDeployment!: Deployment | null;

  @Column({ name: 'need_notes', type: 'varchar', length: 1000, nullable: true })
  needNotes!: string | null;

  @Column({ name: 'needs_updated_at', type: 'timestamptz', nullable: true })
  needsUpdatedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
