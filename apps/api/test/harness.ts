import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import type { App } from 'supertest/types.js';
import type { Clock } from '../src/common/clock.js';
import { type AppConfig, loadConfig } from '../src/config/app-config.js';
import { createApp } from '../src/bootstrap.js';
import { TEMPLATE_DB } from './harness-env.js';

export interface TestApp {
  app: NestExpressApplication;
  http: App;
  config: AppConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined)
    throw new Error(`${name} is not set: run integration tests through jest's global setup`);
  return value;
}

/** Runs statements on the server's maintenance database (create/drop/alter databases). */
export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(env('TEST_DATABASE_URL'));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Keep one app alive per test file at a time: Passport's strategy registry is process-wide, so a
 * second app's JWT strategy (bound to its own database) replaces the first one's.
 *
 * A real API (AppModule with its global pipe, filter and guards) on its own database cloned from
 * the migrated template, with its own Meilisearch index prefix.
 */
/**
 * One signing secret per test worker: Passport keeps strategies in a process-wide registry, so
 * two apps alive in one worker must agree on it.
 */
const JWT_SECRET = randomBytes(32).toString('hex');

export interface TestAppOptions {
  /** Connect to PostgreSQL through this loopback port (a test proxy) instead of directly. */
  databaseProxyPort?: number;
  /**
   * The clock the app's rate limits and windows read (replaces the system clock's provider);
   * pass a `TestClock` to pin the time and move it past a window.
   */
  clock?: Clock;
  /**
   * A second API instance: use this app's database and Meilisearch index instead of fresh ones
   * (closing it leaves them to their owner). Both apps share the worker's JWT secret.
   */
  sameStoresAs?: TestApp;
}

export async function createTestApp(
  overrides: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const suffix = randomBytes(6).toString('hex');
  const shared = options.sameStoresAs;
  const dbName =
    shared !== undefined ? new URL(shared.databaseUrl).pathname.slice(1) : `t_${suffix}`;
  if (shared === undefined) {
    await admin((c) => c.query(`CREATE DATABASE "${dbName}" TEMPLATE "${TEMPLATE_DB}"`));
  }
  const url = new URL(env('TEST_DATABASE_URL'));
  url.pathname = `/${dbName}`;
  const appUrl = new URL(url);
  if (options.databaseProxyPort !== undefined) appUrl.port = String(options.databaseProxyPort);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appUrl.toString(),
    MEILI_URL: env('TEST_MEILI_URL'),
    MEILI_MASTER_KEY: env('TEST_MEILI_MASTER_KEY'),
    MEILI_INDEX_PREFIX: shared?.config.meiliIndexPrefix ?? `t${suffix}_`,
    JWT_SECRET,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // A pinned clock drives only the in-process counters; the shared store runs on real time.
    ...(options.clock !== undefined ? { RATE_LIMIT_STORE: 'memory' } : {}),
    ...overrides,
  });
  const app = await createApp(config, { clock: options.clock });
  await app.init();
  return {
    app,
    http: app.getHttpServer() as App,
    config,
    databaseUrl: url.toString(),
    close: async () => {
      await app.close();
      if (shared !== undefined) return;
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    },
  };
}
