import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthResponse } from '@toolbox/contracts';
import { RateLimitBucket } from '../../common/decorators/rate-limit.decorators.js';
import { HealthService } from './health.service.js';

class HealthSchema implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db!: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) search!: 'up' | 'down';
}

/** Probes get ten times an address's request budget, counted apart from its other requests. */
export const HEALTH_RATE_LIMIT = { name: 'health', factor: 10 } as const;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @RateLimitBucket(HEALTH_RATE_LIMIT)
  @ApiOperation({
    summary:
      'Liveness of the API and its PostgreSQL and Meilisearch (checked at most once a second)',
  })
  @ApiResponse({ status: 200, type: HealthSchema })
  @ApiResponse({ status: 503, type: HealthSchema, description: 'a dependency is down (named)' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const result = await this.health.check();
    res.status(result.status === 'ok' ? 200 : 503);
    return result;
  }
}
