import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { HitCounter } from '../../common/rate-limit/hit-counter.js';

/**
 * Counts failed logins in two windows, both in the shared HitCounter store (`RATE_LIMIT_STORE`),
 * so every API instance sees the same failures (docs/adr/0003):
 * - per (email, client address): LOGIN_MAX_FAILURES in LOGIN_WINDOW_S (api-v1.md: 10 per 15
 *   minutes); a success clears it;
 * - per email from any address: LOGIN_ACCOUNT_MAX_FAILURES in LOGIN_ACCOUNT_WINDOW_S (default
 *   50 an hour), so rotating addresses does not buy more guesses. A success does not clear it
 *   (an attacker would get a fresh allowance whenever the owner signs in); it runs out with its
 *   window, which makes its Retry-After the longer one (docs/adr/0009).
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

  private accountKey(email: string): string {
    return `login-account|${email.toLowerCase()}`;
  }

  /** Seconds until the next attempt is allowed, or 0 when the client may try now. */
  async retryAfterSeconds(email: string, ip: string): Promise<number> {
    const [pair, account] = await Promise.all([
      this.counter.peek(this.key(email, ip)),
      this.counter.peek(this.accountKey(email)),
    ]);
    let waitMs = 0;
    if (pair !== null && pair.count >= this.config.loginMaxFailures) waitMs = pair.resetInMs;
    if (account !== null && account.count >= this.config.loginAccountMaxFailures) {
      waitMs = Math.max(waitMs, account.resetInMs);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.counter.hit(this.key(email, ip), this.config.loginWindowSeconds * 1000),
      this.counter.hit(this.accountKey(email), this.config.loginAccountWindowSeconds * 1000),
    ]);
  }

  async reset(email: string, ip: string): Promise<void> {
    await this.counter.reset(this.key(email, ip));
  }
}
