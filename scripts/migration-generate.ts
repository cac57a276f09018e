/**
 * `npm run db:migration:generate -- <Name>`: migrates a throwaway embedded PostgreSQL to the
 * latest committed migration, asks TypeORM which SQL would make it match the entities, and
 * writes that as a new migration in apps/api/src/database/migrations and registers it in
 * migrations/index.ts (review both before committing). Runs on the built API: the npm script builds it first. Prints "no changes" when entities and migrations already agree.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { builtApiEntry } from './lib/api-entry.js';
import { startEmbeddedPostgres } from './lib/services.js';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * The API's public `./data-source` entry, built: tsc keeps the entities' decorator metadata,
 * which tsx does not emit (`npm run build:api` runs first).
 */
const DATA_SOURCE_JS = builtApiEntry('./data-source');

type DataSourceOptionsFn = (url: string) => ConstructorParameters<typeof DataSource>[0];

function toClassName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}

function sqlLines(queries: { query: string; parameters?: unknown[] }[]): string {
  return queries
    .map((q) => {
      const params =
        q.parameters !== undefined && q.parameters.length > 0
          ? `, ${JSON.stringify(q.parameters)}`
          : '';
      return `    await queryRunner.query(${JSON.stringify(q.query)}${params});`;
    })
    .join('\n');
}

/** Adds the new migration to the ordered list in migrations/index.ts. */
async function register(className: string, base: string): Promise<void> {
  const index = join(ROOT, 'apps/api/src/database/migrations/index.ts');
  const text = await readFile(index, 'utf8');
  const withImport = text.replace('\n/**', `import { ${className} } from './${base}.js';\n\n/**`);
  const updated = withImport.replace(/\];\s*$/, `, ${className}];\n`);
  if (updated === withImport)
    throw new Error('could not find the MIGRATIONS list in migrations/index.ts');
  await writeFile(index, updated);
}

async function main(): Promise<number> {
  const name = process.argv[2];
  if (name === undefined || !/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
    process.stderr.write(
      'usage: npm run db:migration:generate -- <Name> (letters, digits, dashes)\n',
    );
    return 64;
  }
  const dir = await mkdtemp(join(tmpdir(), 'toolbox-migrate-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'scratch' });
  try {
    const { dataSourceOptions } = (await import(DATA_SOURCE_JS)) as {
      dataSourceOptions: DataSourceOptionsFn;
    };
    const ds = new DataSource(dataSourceOptions(pg.url));
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'all' });
      const sql = await ds.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) {
        process.stdout.write('no changes: entities and migrations agree\n');
        return 0;
      }
      const timestamp = Date.now();
      const className = `${toClassName(name)}${timestamp}`;
      const file = join(ROOT, 'apps/api/src/database/migrations', `${timestamp}-${name}.ts`);
      const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sqlLines(sql.upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sqlLines([...sql.downQueries].reverse())}
  }
}
`;
      await writeFile(file, body);
      await register(className, `${timestamp}-${name}`);
      process.stdout.write(`wrote ${file}\nregistered ${className} in migrations/index.ts\n`);
      return 0;
    } finally {
      await ds.destroy();
    }
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
