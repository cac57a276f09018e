import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { InquiryKind, InquiryStatus } from '@toolbox/domain';
import { OfferingEntity } from '../../catalogue/index.js';
import { UserEntity } from '../../users/index.js';

/**
 * An SME's question, trial or quote request about an offering: a private thread between the SME
 * and the offering's provider. `provider_user_id` is copied from the offering (offerings do not
 * change hands), so every read puts ownership in its WHERE clause.
 */
@Entity({ name: 'inquiries' })
@Index('ix_inquiries_sme', ['smeUserId', 'updatedAt'])
@Index('ix_inquiries_provider', ['providerUserId', 'updatedAt'])
@Index('ix_inquiries_provider_created', ['providerUserId', 'createdAt'])
@Index('ux_inquiries_unfinished', ['smeUserId', 'offeringId', 'kind'], {
  unique: true,
  where: "status IN ('open', 'responded', 'trialing')",
})
export class InquiryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_inquiries' })
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => OfferingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_inquiries_offering' })
  offering?: Relation<OfferingEntity>;

  @Column({ name: 'sme_user_id', type: 'uuid' })
  smeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sme_user_id', foreignKeyConstraintName: 'fk_inquiries_sme_user' })
  smeUser?: Relation<UserEntity>;

  @Column({ name: 'provider_user_id', type: 'uuid' })
  providerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_user_id', foreignKeyConstraintName: 'fk_inquiries_provider_user' })
  providerUser?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind!: InquiryKind;

  @Column({ type: 'varchar', length: 16 })
  status!: InquiryStatus;

  @Column({ name: 'plan_name', type: 'varchar', length: 60, nullable: true })
  planName!: string | null;

  @Column({ name: 'message_count', type: 'integer', default: 0 })
  messageCount!: number;

  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt!: Date;

  /** The provider's first message (the funnel's first response time). */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  /** When it reached `trialing` (it counts as a trial in the funnel from then on). */
  @Column({ name: 'trial_at', type: 'timestamptz', nullable: true })
  trialAt!: Date | null;

  /** When it became won, lost or withdrawn. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** The newest activity (message or move): the list's order. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
