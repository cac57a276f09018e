import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock.js';

/**
 * Counts failed logins per (email, client address) in a sliding window (api-v1.md: 10 per
 * 15 minutes by default). In memory: one API instance. A multi-instance deployment would move
 * this behind the same interface into PostgreSQL or Redis (docs/operations.md).
 */
@Injectable()
export class LoginAttemptLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private key(email: string, ip: string): string {
    return `${email.toLowerCase()}|${ip}`;
  }

  private recent(key: string): number[] {
    const since = this.clock.now() - this.config.loginWindowSeconds * 1000;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** Seconds until the next attempt is allowed, or 0 when the client may try now. */
  retryAfterSeconds(email: string, ip: string): number {
    const list = this.recent(this.key(email, ip));
    if (list.length < this.config.loginMaxFailures) return 0;
    const oldest = list[list.length - this.config.loginMaxFailures] ?? this.clock.now();
    const until = oldest + this.config.loginWindowSeconds * 1000;
    return Math.max(1, Math.ceil((until - this.clock.now()) / 1000));
  }

  recordFailure(email: string, ip: string): void {
    const key = this.key(email, ip);
    const list = this.recent(key);
    list.push(this.clock.now());
    this.failures.set(key, list);
    if (this.failures.size > 100_000) this.prune();
  }

  reset(email: string, ip: string): void {
    this.failures.delete(this.key(email, ip));
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}
