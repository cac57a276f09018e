import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HitCounter } from '../../common/rate-limit/hit-counter.js';

/**
 * Counts failed logins per (email, client address) in a window of LOGIN_WINDOW_S that opens on
 * the first failure (api-v1.md: 10 per 15 minutes by default); at the limit the pair waits until
 * that window ends. The counts live in the shared HitCounter store (`RATE_LIMIT_STORE`), so every
 * API instance sees the same failures (docs/adr/0003).
 */
@Injectable()
export class LoginAttemptLimiter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counter: HitCounter,
  ) {}

  private key(email: string, ip: string): string {
    return `login|${email.toLowerCase()}|${ip}`;
  }

  /** Seconds until the next attempt is allowed, or 0 when the client may try now. */
  async retryAfterSeconds(email: string, ip: string): Promise<number> {
    const window = await this.counter.peek(this.key(email, ip));
    if (window === null || window.count < this.config.loginMaxFailures) return 0;
    return Math.max(1, Math.ceil(window.resetInMs / 1000));
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.counter.hit(this.key(email, ip), this.config.loginWindowSeconds * 1000);
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.counter.reset(this.key(email, ip));
  }
}
