import type { Logger as TypeOrmLogger } from 'typeorm';
import { Logger } from '../common/logging/logger.js';

/** Longest SQL text written to the log (the statement, never its parameters). */
const SQL_MAX = 500;
const sql = (query: string): string =>
  query.length > SQL_MAX ? `${query.slice(0, SQL_MAX)}…` : query;

/**
 * TypeORM's log lines through the API's logger. TypeORM's own loggers print a failed query with
 * its parameters (`-- PARAMETERS: ["someone@example.com","$argon2id$…"]`): this one writes the
 * statement and the error's code and message, never the parameters.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly out = new Logger('typeorm');

  logQuery(): void {
    // Successful queries are not logged (ever: they carry the same parameters).
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.warn({ err: error, query: sql(query) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, query: sql(query) }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.out.info(message);
  }

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const line = typeof message === 'string' ? message : String(message);
    if (level === 'warn') this.out.warn(line);
    else this.out.info(line);
  }
}
