import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, Repository } from 'typeorm';
import { RevokedTokenEntity } from './entities/revoked-token.entity.js';

/** The deny list of signed-out tokens (by `jti`), each kept until the token would expire. */
@Injectable()
export class RevokedTokensRepository {
  constructor(
    @InjectRepository(RevokedTokenEntity)
    private readonly repo: Repository<RevokedTokenEntity>,
  ) {}

  /** Revokes `jti` until `expiresAt`; forgets entries whose tokens have expired by `now`. */
  async revoke(jti: string, expiresAt: Date, now: Date): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .insert()
      .into(RevokedTokenEntity)
      .values({ jti, expiresAt })
      .orIgnore()
      .execute();
    await this.repo.delete({ expiresAt: LessThan(now) });
  }

  async isRevoked(jti: string): Promise<boolean> {
    return this.repo.existsBy({ jti });
  }
}
