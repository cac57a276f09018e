import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { HitCounter, type WindowCount } from './hit-counter.js';

/** Created by the migration RateLimitCounters (never by the library at run time). */
export const RATE_LIMIT_TABLE = 'rate_limit_counters';

/**
 * Counters in PostgreSQL, shared by every API instance on the database: one atomic upsert per
 * hit (rate-limiter-flexible's RateLimiterPostgres on TypeORM's pool). Windows run on the
 * database host's and this process's wall clock, not the injectable Clock. If PostgreSQL cannot
 * be reached the library falls back to an in-process counter (its insurance limiter), so a
 * database outage does not turn every request into a rate-limit error.
 */
export class PostgresHitCounter extends HitCounter {
  private readonly limiter: RateLimiterPostgres;

  constructor(dataSource: DataSource) {
    super();
    const common = { keyPrefix: 'rl', points: Number.MAX_SAFE_INTEGER, duration: 60 };
    this.limiter = new RateLimiterPostgres({
      ...common,
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      clearExpiredByTimeout: true,
      insuranceLimiter: new RateLimiterMemory(common),
    });
  }

  /** Keys may hold an email: store a digest, which also fits the varchar(255) key column. */
  private key(key: string): string {
    return createHash('sha256').update(key).digest('base64url');
  }

  async hit(key: string, windowMs: number, points = 1): Promise<WindowCount> {
    // customDuration is in seconds; 0 would mean "never expires".
    const res = await this.limiter.penalty(this.key(key), points, {
      customDuration: Math.max(windowMs, 1) / 1000,
    });
    return toWindow(res);
  }

  async peek(key: string): Promise<WindowCount | null> {
    const res = await this.limiter.get(this.key(key));
    return res === null ? null : toWindow(res);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(this.key(key));
  }
}

function toWindow(res: RateLimiterRes): WindowCount {
  return { count: res.consumedPoints, resetInMs: Math.max(0, res.msBeforeNext) };
}
