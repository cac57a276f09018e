import { SetMetadata } from '@nestjs/common';

/** A route's own per-address counter, `factor` times RATE_LIMIT_PER_MINUTE. */
export interface RateLimitBucket {
  readonly name: string;
  readonly factor: number;
}

export const RATE_LIMIT_BUCKET_KEY = 'toolbox:rate-limit-bucket';

/**
 * Count a route apart from the others, with a limit `factor` times RATE_LIMIT_PER_MINUTE: a
 * health probe neither spends an address's budget for the app nor is stopped by it, and is
 * still limited.
 */
export const RateLimitBucket = (bucket: RateLimitBucket): MethodDecorator & ClassDecorator =>
  SetMetadata(RATE_LIMIT_BUCKET_KEY, bucket);
