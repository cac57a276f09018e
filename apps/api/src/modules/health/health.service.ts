import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@toolbox/contracts';
import { SearchClient, withTimeout } from '../search/index.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchClient,
  ) {}

  async check(): Promise<HealthResponse> {
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
