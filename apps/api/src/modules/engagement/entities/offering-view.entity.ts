import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { OfferingEntity } from '../../catalogue/index.js';

/**
 * A counted view of a published offering: at most one per viewer (`u:<user id>`, or
 * `a:<client address>` when anonymous) per offering per day (China Standard Time).
 */
@Entity({ name: 'offering_views' })
@Index('ux_offering_views_viewer_day', ['offeringId', 'viewerKey', 'day'], { unique: true })
@Index('ix_offering_views_provider', ['providerUserId', 'viewedAt'])
export class OfferingViewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_offering_views' })
  id!: string;

  @Column({ name: 'offering_id', type: 'uuid' })
  offeringId!: string;

  @ManyToOne(() => OfferingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offering_id', foreignKeyConstraintName: 'fk_offering_views_offering' })
  offering?: Relation<OfferingEntity>;

  /** The provider's user account at the time of the view (whose funnel counts it). */
  @Column({ name: 'provider_user_id', type: 'uuid' })
  providerUserId!: string;

  @Column({ name: 'viewer_key', type: 'varchar', length: 80 })
  viewerKey!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'viewed_at', type: 'timestamptz' })
  viewedAt!: Date;
}
