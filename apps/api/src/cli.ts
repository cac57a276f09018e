/**
 * Operational commands on the built API: `node apps/api/dist/cli.js <migrate|seed|check-schema>`.
 * Root scripts `npm run db:migrate` and `npm run db:seed` call these.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp, runStartupTasks } from './bootstrap.js';
import { dataSourceOptions } from './database/data-source.js';
import { SeedService } from './modules/seed/seed.service.js';
import { pendingSchemaChanges } from './database/schema-check.js';

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
    default:
      process.stderr.write('usage: node apps/api/dist/cli.js <migrate|seed|check-schema>\n');
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
