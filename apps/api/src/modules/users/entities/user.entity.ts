import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@toolbox/domain';

@Entity({ name: 'users' })
@Index('ux_users_email', ['email'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id!: string;

  /** Stored lower-cased and trimmed (the request DTOs normalise it). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** A gov account's GB/T 2260 region (it acts only inside it); null for every other role. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  region!: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /**
   * Carried in every access token (`tv`); raising it revokes every token issued before
   * (password change, role change, a rotated ADMIN_PASSWORD). docs/adr/0009.
   */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  /** The account `ensureAdmin` manages from ADMIN_EMAIL (at most one is enabled). */
  @Column({ name: 'bootstrap_admin', type: 'boolean', default: false })
  bootstrapAdmin!: boolean;

  /** Set when the account may no longer sign in (an earlier bootstrap admin); null = active. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
