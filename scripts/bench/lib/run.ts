/**
 * What every step of the benchmark shares: its options, the running stack and the clients
 * into it, the phase recorder, the interrupt signal; and what is stopped when the run ends.
 */
import type pg from 'pg';

import type { RunningStack } from '../../start.js';
import { stopExperimentServers } from './experiments.js';
import type { HttpClient } from './http.js';
import type { MeiliDirect } from './meili.js';
import type { BenchOptions } from './options.js';
import type { Phases, Say } from './phases.js';

export type { Say } from './phases.js';

export interface BenchContext {
  readonly opts: BenchOptions;
  readonly signal: AbortSignal;
  readonly say: Say;
  readonly stack: RunningStack;
  /** The run's temporary data dir (the stack's; removed at the end). */
  readonly dataDir: string;
  readonly meiliKey: string;
  readonly admin: { email: string; password: string };
  /** Keep-alive clients for setup and checks (4 sockets each). */
  readonly api: HttpClient;
  readonly meili: MeiliDirect;
  readonly db: pg.Client;
  readonly phases: Phases;
  /** A keep-alive client for `base`, closed when the run ends at the latest. */
  httpClient(base: string, concurrency: number): HttpClient;
  /** Throws once the run is interrupted (Ctrl-C, SIGTERM or the run's time bound). */
  checkAborted(): void;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function abortCheck(signal: AbortSignal): () => void {
  return () => {
    if (signal.aborted) throw new Error('interrupted');
  };
}

/** The variables that would point the API elsewhere: the benchmark runs its own services. */
export const SERVICE_ENV = ['DATABASE_URL', 'MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX'];

/** Removes SERVICE_ENV from `env`, saying so for each one that was set. */
export function dropServiceEnv(env: NodeJS.ProcessEnv, say: Say): void {
  for (const name of SERVICE_ENV) {
    if (env[name] !== undefined) {
      say(`ignoring ${name} from the environment: the benchmark runs its own embedded services`);
      delete env[name];
    }
  }
}

/**
 * Aborts `controller` on SIGINT/SIGTERM or when the run exceeds `timeoutMs`. Returns the
 * function that stops watching.
 */
export function watchInterrupts(
  controller: AbortController,
  say: Say,
  timeoutMs: number,
): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    say(`${signal}: stopping`);
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    say(`the run exceeded ${timeoutMs / 60_000} min: aborting`);
    controller.abort();
  }, timeoutMs);
  watchdog.unref();
  return () => clearTimeout(watchdog);
}

/** Everything the run started, stopped once in order: clients, experiment servers, database, stack. */
export class BenchResources {
  stack: RunningStack | null = null;
  dataDir: string | null = null;
  private readonly clients: HttpClient[] = [];
  private readonly dbs: pg.Client[] = [];
  private stopping: Promise<void> | null = null;

  constructor(
    private readonly say: Say,
    private readonly removeDir: (dir: string) => Promise<void>,
  ) {}

  client(c: HttpClient): HttpClient {
    this.clients.push(c);
    return c;
  }

  database(db: pg.Client): pg.Client {
    this.dbs.push(db);
    return db;
  }

  cleanup(): Promise<void> {
    this.stopping ??= (async () => {
      for (const c of this.clients) c.close();
      await stopExperimentServers();
      for (const db of this.dbs) await db.end().catch(() => undefined);
      if (this.stack !== null) this.say('stopping the stack');
      await this.stack?.stop();
      if (this.dataDir !== null) await this.removeDir(this.dataDir);
    })();
    return this.stopping;
  }
}
