import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SafeTypeOrmLogger } from './typeorm-logger.js';

/** One definition of the connection, shared by Nest, the CLI commands and the tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    // Failed queries are logged without their parameters (emails, password hashes, tokens).
    logging: ['error', 'warn'],
    logger: new SafeTypeOrmLogger(),
    extra: { max: 20, connectionTimeoutMillis: 5000 },
    applicationName: 'toolbox-api',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}

/** Default export for the TypeORM CLI (`typeorm -d apps/api/dist/database/data-source.js`). */
const dataSource = new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/toolbox'),
);
export default dataSource;
