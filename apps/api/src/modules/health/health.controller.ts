import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { HealthResponse } from '@toolbox/contracts';
import { SkipRateLimit } from '../../common/decorators/auth.decorators.js';
import { HealthService } from './health.service.js';

class HealthSchema implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db!: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'] }) search!: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @SkipRateLimit()
  @ApiOperation({ summary: 'Liveness of the API and its PostgreSQL and Meilisearch' })
  @ApiResponse({ status: 200, type: HealthSchema })
  @ApiResponse({ status: 503, type: HealthSchema, description: 'a dependency is down (named)' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const result = await this.health.check();
    res.status(result.status === 'ok' ? 200 : 503);
    return result;
  }
}
