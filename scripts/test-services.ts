/**
 * Backing services for the integration tests, in their own process (Jest's global setup
 * spawns it, so no TypeScript loader lives in Jest's main process): a real PostgreSQL with a
 * migrated template database and a real Meilisearch, on free ports in a temp dir. Prints one
 * JSON line `{databaseUrl, meiliUrl, meiliMasterKey}` when ready; stops everything and removes
 * the temp dir on SIGTERM/SIGINT, or when its parent process goes away.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@toolbox/api/migrations';
import { startEmbeddedMeilisearch, startEmbeddedPostgres } from './lib/services.js';
import { TEMPLATE_DB } from './lib/test-template.js';

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-test-'));
  const masterKey = randomBytes(24).toString('hex');
  const [pg, meili] = await Promise.all([
    startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      database: TEMPLATE_DB,
      onNotice: (line) => process.stderr.write(`test services: ${line}\n`),
    }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meili'), masterKey }),
  ]);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await Promise.allSettled([meili.stop(), pg.stop()]);
      await rm(dir, { recursive: true, force: true });
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void stop().then(() => process.exit(0)));
  }
  const parent = process.ppid;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      void stop().then(() => process.exit(0));
    }
  }, 1000);

  // Migrations only (plain SQL classes, no entities): the template every test file clones.
  const ds = new DataSource({
    type: 'postgres',
    url: pg.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();
  process.stdout.write(
    `${JSON.stringify({ ready: true, databaseUrl: pg.url, meiliUrl: meili.url, meiliMasterKey: masterKey })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(
    `test services failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});
