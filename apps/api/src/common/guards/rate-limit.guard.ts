import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { SKIP_RATE_LIMIT_KEY } from '../decorators/auth.decorators.js';
import {
  RATE_LIMIT_BUCKET_KEY,
  type RateLimitBucket,
} from '../decorators/rate-limit.decorators.js';
import { CommonError } from '../errors/domain-error.js';
import { HitCounter } from '../rate-limit/hit-counter.js';

const MINUTE = 60_000;

/**
 * Every route: at most RATE_LIMIT_PER_MINUTE requests per client address in a fixed one-minute
 * window aligned to the clock's minutes (api-v1.md). The counters live in the HitCounter store
 * (`RATE_LIMIT_STORE`): PostgreSQL, shared by every instance, or memory in the embedded
 * single-instance mode (docs/adr/0003). @nestjs/throttler is CommonJS and cannot load the
 * ESM-only NestJS 12 under Jest, so this small guard does the job (docs/adr/0002-esm-and-jest.md).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
    private readonly counter: HitCounter,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const skip = this.reflector.getAllAndOverride<boolean | undefined>(SKIP_RATE_LIMIT_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (skip === true) return true;
    const bucket = this.reflector.getAllAndOverride<RateLimitBucket | undefined>(
      RATE_LIMIT_BUCKET_KEY,
      [ctx.getHandler(), ctx.getClass()],
    );
    const now = this.clock.now();
    const windowStart = now - (now % MINUTE);
    const windowEnd = windowStart + MINUTE;
    const req = ctx.switchToHttp().getRequest<Request>();
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    // The minute is part of the key, so every instance and store agrees on where a window ends.
    const scope = bucket === undefined ? 'req' : `req:${bucket.name}`;
    const { count } = await this.counter.hit(`${scope}|${ip}|${windowStart}`, windowEnd - now);
    const limit = this.config.rateLimitPerMinute * (bucket?.factor ?? 1);
    const res = ctx.switchToHttp().getResponse<Response>();
    res.setHeader('X-RateLimit-Limit', String(limit));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) {
      const retry = Math.max(1, Math.ceil((windowEnd - now) / 1000));
      res.setHeader('Retry-After', String(retry));
      throw new CommonError('RATE_LIMITED', `too many requests; retry in ${retry} s`, {
        retryAfterSeconds: retry,
      });
    }
    return true;
  }
}
