import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { InquiryStatus } from '@toolbox/domain';
import { InquiryEntity } from './inquiry.entity.js';

export type InquiryEventType = 'created' | 'message' | 'status' | 'plan_item';
export type InquiryEventActor = 'sme' | 'provider' | 'system';

/**
 * What happened to an inquiry, with time and actor: its creation, each message, each status
 * move (from, to, reason) and each plan item it moved. The funnel reads times from here and
 * from the inquiry's own columns.
 */
@Entity({ name: 'inquiry_events' })
@Index('ix_inquiry_events_inquiry', ['inquiryId', 'seq'])
export class InquiryEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inquiry_events' })
  id!: string;

  @Column({ name: 'inquiry_id', type: 'uuid' })
  inquiryId!: string;

  @ManyToOne(() => InquiryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_inquiry_events_inquiry' })
  inquiry?: Relation<InquiryEntity>;

  @Column({ type: 'varchar', length: 16 })
  type!: InquiryEventType;

  @Column({ type: 'varchar', length: 16 })
  actor!: InquiryEventActor;

  /** The user who acted; null for the system. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus!: InquiryStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16, nullable: true })
  toStatus!: InquiryStatus | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ name: 'plan_status', type: 'varchar', length: 16, nullable: true })
  planStatus!: 'trial' | 'adopted' | null;

  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Insertion order: the thread's order even when two entries share a time. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;
}
