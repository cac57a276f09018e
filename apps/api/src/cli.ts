/**
 * Operational commands on the built API: `node apps/api/dist/cli.js <command>` with migrate,
 * seed, check-schema, reindex (with a progress bar) and reconcile. Root scripts `npm run db:*`
 * and `npm run search:*` call these (through scripts/db.ts, which can embed the servers).
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CommonError } from './common/errors/domain-error.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp, runStartupTasks } from './bootstrap.js';
import { dataSourceOptions } from './database/data-source.js';
import { SeedService } from './modules/seed/seed.service.js';
import { pendingSchemaChanges } from './database/schema-check.js';
import { ReindexService } from './modules/search/index.js';
import type { ReindexProgress } from '@toolbox/contracts';

/** A one-line progress bar on stderr: `[#######.............] 35%  35 000/100 000 loading`. */
function drawProgress(p: ReindexProgress): void {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
  process.stderr.write(
    `\r[${bar}] ${String(p.percent).padStart(3)}%  ${p.loaded}/${p.total} ${p.phase.padEnd(12)}`,
  );
}

async function withDataSource<T>(url: string, fn: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  switch (command) {
    case 'migrate': {
      const applied = await withDataSource(config.databaseUrl, (ds) =>
        ds.runMigrations({ transaction: 'all' }),
      );
      process.stdout.write(`migrations applied: ${applied.length}\n`);
      for (const m of applied) process.stdout.write(`  ${m.name}\n`);
      return 0;
    }
    case 'check-schema': {
      const pending = await withDataSource(config.databaseUrl, pendingSchemaChanges);
      if (pending.length === 0) {
        process.stdout.write('entities and migrations agree\n');
        return 0;
      }
      process.stderr.write(
        `entities and migrations disagree; missing migration for:\n${pending.join('\n')}\n`,
      );
      return 1;
    }
    case 'seed': {
      const app = await createApp({
        ...config,
        seedDemo: false,
        docsEnabled: false,
        webDistDir: undefined,
      });
      try {
        await runStartupTasks(app, { ...config, seedDemo: false });
        const report = await app.get(SeedService).seedIfEmpty();
        process.stdout.write(
          report.seeded
            ? `demo data seeded (${report.users} accounts)\n`
            : 'database already has data; nothing seeded\n',
        );
      } finally {
        await app.close();
      }
      return 0;
    }
    case 'reindex':
    case 'reconcile': {
      // Not on an empty or older database: the relay and the reindex would fail on missing tables.
      if (await withDataSource(config.databaseUrl, (ds) => ds.showMigrations())) {
        process.stderr.write(
          `the database is not migrated to this version: run \`npm run db:migrate\` (or \`npm start\`) first\n`,
        );
        return 1;
      }
      const app = await createApp({
        ...config,
        seedDemo: false,
        docsEnabled: false,
        webDistDir: undefined,
      });
      try {
        await app.init();
        const reindex = app.get(ReindexService);
        if (command === 'reconcile') {
          const report = await reindex.reconcile();
          process.stdout.write(`${JSON.stringify(report)}\n`);
          return 0;
        }
        try {
          await reindex.start(drawProgress);
        } catch (e) {
          if (!(e instanceof CommonError && e.code === 'CONFLICT')) throw e;
          // One reindex at a time across processes (docs/adr/0010-search-sync-across-processes.md).
          process.stderr.write(`${e.message}: try again when it is done\n`);
          return 75;
        }
        const done = await reindex.wait();
        process.stderr.write('\n');
        if (done?.state !== 'succeeded') {
          process.stderr.write(`reindex failed: ${done?.error ?? 'unknown error'}\n`);
          return 1;
        }
        const seconds = (Date.parse(done.finishedAt ?? '') - Date.parse(done.startedAt)) / 1000;
        process.stdout.write(`reindexed ${done.loaded} offerings in ${seconds.toFixed(1)} s\n`);
        return 0;
      } finally {
        await app.close();
      }
    }
    default:
      process.stderr.write(
        'usage: node apps/api/dist/cli.js <migrate|seed|check-schema|reindex|reconcile>\n',
      );
      return 64;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(
      `${e instanceof ConfigError ? e.message : String(e instanceof Error ? (e.stack ?? e.message) : e)}\n`,
    );
    process.exit(1);
  },
);
