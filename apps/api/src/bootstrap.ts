import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import type { Clock } from './common/clock.js';
import { type AppConfig, ConfigError } from './config/app-config.js';
import { exposureProblems, isLoopbackHost } from './config/exposure.js';
import { configureLogging, Logger, NestPinoLogger } from './common/logging/logger.js';
import { AuthService } from './modules/auth/auth.service.js';
import { SeedService } from './modules/seed/seed.service.js';

export interface CreateAppOptions {
  /** The time rate limits and windows read; the system clock unless given (tests pin it). */
  clock?: Clock;
}

export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  configureLogging(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, options.clock),
    {
      logger: new NestPinoLogger(),
      bodyParser: false,
      abortOnError: false,
    },
  );
  configureApp(app, config);
  return app;
}

/** Start-up work before serving: migrations, the admin account, demo data on an empty database. */
export async function runStartupTasks(
  app: NestExpressApplication,
  config: AppConfig,
): Promise<void> {
  const log = new Logger('startup');
  const dataSource = app.get(DataSource);
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  if (applied.length > 0)
    log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  await app.get(AuthService).ensureAdmin();
  await refuseUnsafeExposure(app, config);
  if (config.seedDemo) {
    const report = await app.get(SeedService).seedIfEmpty();
    if (report.seeded) log.info({ ...report }, 'demo data seeded into an empty database');
  }
}

/**
 * Off loopback (HOST), the documented admin password and demo accounts are an open door: stop
 * with a ConfigError that says what to change (docs/adr/0009).
 */
async function refuseUnsafeExposure(app: NestExpressApplication, config: AppConfig): Promise<void> {
  if (isLoopbackHost(config.host)) return;
  const problems = exposureProblems({
    host: config.host,
    adminPassword: config.adminPassword,
    seedDemo: config.seedDemo,
    demoAccounts: await app.get(SeedService).demoAccountsPresent(),
  });
  if (problems.length > 0) throw new ConfigError(problems);
}
