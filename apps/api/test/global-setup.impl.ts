import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type MeiliHandle,
  type PostgresHandle,
} from '../../../scripts/lib/services.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { TEMPLATE_DB } from './harness-env.js';

interface Services {
  pg: PostgresHandle;
  meili: MeiliHandle;
  dir: string;
}

declare global {
  var __TOOLBOX_SERVICES__: Services | undefined;
}

/**
 * Starts a real PostgreSQL and a real Meilisearch on free ports in a temp dir, migrates a
 * template database once; each test file then clones it (harness.ts), so files run in parallel
 * without sharing rows.
 */
export default async function globalSetup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: TEMPLATE_DB });
  const masterKey = randomBytes(24).toString('hex');
  const meili = await startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), masterKey });
  // Migrations only (no entities): plain SQL classes, so this runs without decorator metadata.
  const ds = new DataSource({
    type: 'postgres',
    url: pg.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();
  process.env.TEST_DATABASE_URL = pg.url;
  process.env.TEST_MEILI_URL = meili.url;
  process.env.TEST_MEILI_MASTER_KEY = masterKey;
  globalThis.__TOOLBOX_SERVICES__ = { pg, meili, dir };
}
