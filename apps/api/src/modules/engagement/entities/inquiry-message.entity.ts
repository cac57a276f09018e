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
import type { InquiryActor } from '@toolbox/domain';
import { UserEntity } from '../../users/index.js';
import { InquiryEntity } from './inquiry.entity.js';

/** One message of an inquiry's thread, with its author and time. */
@Entity({ name: 'inquiry_messages' })
@Index('ix_inquiry_messages_inquiry', ['inquiryId', 'seq'])
export class InquiryMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inquiry_messages' })
  id!: string;

  @Column({ name: 'inquiry_id', type: 'uuid' })
  inquiryId!: string;

  @ManyToOne(() => InquiryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id', foreignKeyConstraintName: 'fk_inquiry_messages_inquiry' })
  inquiry?: Relation<InquiryEntity>;

  @Column({ type: 'varchar', length: 16 })
  author!: InquiryActor;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'fk_inquiry_messages_author' })
  authorUser?: Relation<UserEntity>;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Insertion order: the thread's order even when two entries share a time. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq!: string;
}
