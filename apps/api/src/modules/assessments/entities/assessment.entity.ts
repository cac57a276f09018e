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
import type { AssessmentResult } from '@toolbox/domain';
import { UserEntity } from '../../users/index.js';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * A submitted assessment (immutable) or the one draft of an SME account. Owned by the user, so
 * an SME may assess itself before filling in its company profile.
 */
@Entity({ name: 'assessments' })
@Index('ix_assessments_user', ['userId', 'status', 'createdAt'])
@Index('ux_assessments_one_draft', ['userId'], { unique: true, where: "status = 'draft'" })
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assessments' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_assessments_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  status!: 'draft' | 'submitted';

  @Column({ name: 'questionnaire_version', type: 'varchar', length: 16 })
  questionnaireVersion!: string;

  @Column({ type: 'jsonb' })
  answers!: Record<string, unknown>;

  @Column({
    name: 'total_score',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  totalScore!: number | null;

  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  /** The full scored result (dimensions, areas, ratings, weak scenarios) at submission. */
  @Column({ type: 'jsonb', nullable: true })
  result!: AssessmentResult | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
