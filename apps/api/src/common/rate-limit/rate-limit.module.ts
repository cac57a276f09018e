import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../clock.js';
import { HitCounter } from './hit-counter.js';
import { MemoryHitCounter } from './memory-hit-counter.js';
import { PostgresHitCounter } from './postgres-hit-counter.js';

/** The counters every rate limit uses, from `RATE_LIMIT_STORE` (docs/adr/0003). */
@Global()
@Module({
  providers: [
    {
      provide: HitCounter,
      inject: [APP_CONFIG, Clock, DataSource],
      useFactory: (config: AppConfig, clock: Clock, dataSource: DataSource): HitCounter =>
        config.rateLimitStore === 'memory'
          ? new MemoryHitCounter(clock)
          : new PostgresHitCounter(dataSource),
    },
  ],
  exports: [HitCounter],
})
export class RateLimitModule {}
