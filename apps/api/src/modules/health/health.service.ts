import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@toolbox/contracts';
import { Clock } from '../../common/clock.js';
import { SearchClient, withTimeout } from '../search/index.js';

/** How long one check of PostgreSQL and Meilisearch answers every health request. */
export const HEALTH_CACHE_MS = 1000;

@Injectable()
export class HealthService {
  /** The last check (or the one running), shared by the requests of its second. */
  private last: { at: number; result: Promise<HealthResponse> } | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly clock: Clock,
  ) {}

  /** Probes both services at most once per HEALTH_CACHE_MS; concurrent callers share a probe. */
  check(): Promise<HealthResponse> {
    const now = this.clock.now();
    if (this.last === undefined || now - this.last.at >= HEALTH_CACHE_MS) {
      this.last = { at: now, result: this.probe() };
    }
    return this.last.result;
  }

  private async probe(): Promise<HealthResponse> {
    const [db, search] = await Promise.all([this.dbUp(), this.search.isHealthy()]);
    return {
      status: db && search ? 'ok' : 'degraded',
      db: db ? 'up' : 'down',
      search: search ? 'up' : 'down',
    };
  }

  private async dbUp(): Promise<boolean> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 2000);
      return true;
    } catch {
      return false;
    }
  }
}
