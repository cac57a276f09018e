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
import type { PlanPhase, PlanStatus, ScenarioCode } from '@toolbox/domain';
import { OfferingEntity } from '../../catalogue/index.js';
import { UserEntity } from '../../users/index.js';

/** One step of an SME's transformation plan: an offering to adopt or a free-text action. */
@Entity({ name: 'plan_items' })
@Index('ix_plan_items_user', ['userId', 'createdAt'])
@Index('ux_plan_items_offering', ['userId', 'offeringId'], {
  unique: true,
  where: 'offering_id IS NOT NULL',
})
export class PlanItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_plan_items' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_plan_items_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'offering_id', type: 'uuid', nullable: true })
  offeringId!: string | null;

  @ManyToOne(() => OfferingEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_plan_items_offering' })
  offering?: Relation<OfferingEntity> | null;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'varchar', length: 32 })
  scenario!: ScenarioCode;

  @Column({ type: 'smallint' })
  priority!: number;

  @Column({ type: 'varchar', length: 8 })
  phase!: PlanPhase;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: PlanStatus;

  @Column({ name: 'plan_index', type: 'smallint', nullable: true })
  planIndex!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
