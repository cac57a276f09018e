import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Logger } from '../../common/logging/logger.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { UserEntity } from '../users/entities/user.entity.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-data.js';

export interface SeedReport {
  seeded: boolean;
  users: number;
}

/** Deterministic demo data for a living marketplace on first start (`npm run db:seed`). */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Seeds only a database without any non-admin account, so it never touches real data. */
  async seedIfEmpty(): Promise<SeedReport> {
    const others = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.role <> :admin', { admin: 'admin' })
      .getCount();
    if (others > 0) return { seeded: false, users: 0 };
    return this.seed();
  }

  async seed(): Promise<SeedReport> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    return this.dataSource.transaction(async (em) => {
      let users = 0;
      for (const account of DEMO_ACCOUNTS) {
        const result = await em
          .createQueryBuilder()
          .insert()
          .into(UserEntity)
          .values({ email: account.email, name: account.name, role: account.role, passwordHash })
          .orIgnore()
          .execute();
        users += result.identifiers.filter((i) => i !== undefined).length;
      }
      this.logger.info({ users }, 'demo data seeded');
      return { seeded: true, users };
    });
  }
}
