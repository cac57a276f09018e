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
import type { ReviewVerification, SizeClass } from '@toolbox/domain';
import { OfferingEntity } from '../../catalogue/index.js';
import { UserEntity } from '../../users/index.js';

/**
 * An SME's one review of an offering, with the provider's one reply. The SME's industry, region
 * and size class are copied at writing time (the public sees only these, never its name), and so
 * is `verified` (adopted / trial, from the SME's inquiries on the offering).
 */
@Entity({ name: 'reviews' })
@Index('ux_reviews_offering_sme', ['offeringId', 'smeUserId'], { unique: true })
@Index('ix_reviews_offering_created', ['offeringId', 'createdAt'])
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reviews' })
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => OfferingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_reviews_offering' })
  offering?: Relation<OfferingEntity>;

  @Column({ name: 'sme_user_id', type: 'uuid' })
  smeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sme_user_id', foreignKeyConstraintName: 'fk_reviews_sme_user' })
  smeUser?: Relation<UserEntity>;

  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @Column({ type: 'varchar', length: 8 })
  verified!: ReviewVerification;

  @Column({ name: 'sme_industry', type: 'varchar', length: 8 })
  smeIndustry!: string;

  @Column({ name: 'sme_region', type: 'varchar', length: 6 })
  smeRegion!: string;

  @Column({ name: 'sme_size_class', type: 'varchar', length: 8 })
  smeSizeClass!: SizeClass;

  @Column({ name: 'reply_body', type: 'varchar', length: 2000, nullable: true })
  replyBody!: string | null;

  @Column({ name: 'reply_created_at', type: 'timestamptz', nullable: true })
  replyCreatedAt!: Date | null;

  @Column({ name: 'reply_updated_at', type: 'timestamptz', nullable: true })
  replyUpdatedAt!: Date | null;

  /** Set when an admin hid the review: it leaves the list and the rating. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt!: Date | null;

  @Column({ name: 'hidden_reason', type: 'varchar', length: 500, nullable: true })
  hiddenReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
