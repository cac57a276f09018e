import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldChange } from '@toolbox/domain';
import type { AuditAction, AuditEntityType } from '@toolbox/contracts';

@Entity({ name: 'audit_log' })
@Index('ix_audit_entity', ['entityType', 'entityId', 'createdAt'])
@Index('ix_audit_created', ['createdAt'])
@Index('ix_audit_actor', ['actorId', 'createdAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_log' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Column({ name: 'entity_type', type: 'varchar', length: 16 })
  entityType!: AuditEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  /** Human-readable subject, e.g. the offering title at the time. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  summary!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes!: FieldChange[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
