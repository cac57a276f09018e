import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { SKIP_RATE_LIMIT_KEY } from '../decorators/auth.decorators.js';
import { CommonError } from '../errors/domain-error.js';

/**
 * Every route: at most RATE_LIMIT_PER_MINUTE requests per client address in a fixed one-minute
 * window (api-v1.md). In memory, per instance. @nestjs/throttler is CommonJS and cannot load the
 * ESM-only NestJS 12 under Jest, so this small guard does the job (docs/adr/0002-esm-and-jest.md).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly reflector: Reflector,
  ) {}

  canActivate(ctx: ExecutionContext): boolean {
    const skip = this.reflector.getAllAndOverride<boolean | undefined>(SKIP_RATE_LIMIT_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (skip === true) return true;
    const now = this.clock.now();
    if (now - this.windowStart >= 60_000) {
      this.windowStart = now - (now % 60_000);
      this.counts = new Map();
    }
    const req = ctx.switchToHttp().getRequest<Request>();
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const count = (this.counts.get(ip) ?? 0) + 1;
    this.counts.set(ip, count);
    const limit = this.config.rateLimitPerMinute;
    const res = ctx.switchToHttp().getResponse<Response>();
    res.setHeader('X-RateLimit-Limit', String(limit));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, limit - count)));
    if (count > limit) {
      const retry = Math.max(1, Math.ceil((this.windowStart + 60_000 - now) / 1000));
      res.setHeader('Retry-After', String(retry));
      throw new CommonError('RATE_LIMITED', `too many requests; retry in ${retry} s`, {
        retryAfterSeconds: retry,
      });
    }
    return true;
  }
}
