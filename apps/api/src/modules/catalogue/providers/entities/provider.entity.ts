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
import { UserEntity } from '../../../users/index.js';
import type { ProviderKind } from '@toolbox/domain';

@Entity({ name: 'providers' })
@Index('ux_providers_user', ['userId'], { unique: true })
export class ProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_providers' })
  id!: string;

  /** The provider account that owns this profile (one profile per account). */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_providers_user' })
  user?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: ProviderKind;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
