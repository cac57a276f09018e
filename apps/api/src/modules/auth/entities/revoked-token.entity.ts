import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A signed-out access token (its `jti`), refused until it would have expired anyway; rows past
 * `expires_at` are deleted as new ones arrive. docs/adr/0009.
 */
@Entity({ name: 'revoked_tokens' })
@Index('ix_revoked_tokens_expires', ['expiresAt'])
export class RevokedTokenEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_revoked_tokens' })
  jti!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
