/**
 * `npm start` (tsx scripts/start.ts): one command runs everything.
 *
 * Starts embedded PostgreSQL (unless DATABASE_URL is set) and Meilisearch (unless MEILI_URL is
 * set) under DATA_DIR, builds the apps if they are not built yet, runs the API (which runs the
 * migrations, ensures the admin, seeds and serves the web app) and stops everything in order
 * on Ctrl-C. `startStack()` is the same thing as a function for tests and the e2e runner.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { builtApiEntry } from './lib/api-entry.js';
import { exitCodeOf, spawnChild, type ManagedChild } from './lib/children.js';
import {
  LaunchConfigError,
  REPO_ROOT,
  closeRegistry,
  ensureDataDir,
  forceStopAll,
  installSignalHandlers,
  openRegistry,
  parsePort,
  resolveDataDir,
  say,
  startBackingServices,
  watchAncestors,
  waitForHttp,
  type BackingServices,
  type Env,
} from './lib/launcher.js';
import { isPortFree } from './lib/net.js';
import { type ExitInfo } from './lib/postgres.js';
import { AbortedError } from './lib/proc.js';
import { Supervisor, type SupervisorOptions } from './lib/supervisor.js';

/** The built API (apps/api/package.json `exports["./main"]`). */
export const API_MAIN = builtApiEntry('./main');
export const WEB_DIST_DIR = path.join(REPO_ROOT, 'apps', 'web', 'dist');
const WEB_INDEX = path.join(WEB_DIST_DIR, 'index.html');

export interface StartStackOptions {
  port: number;
  dataDir: string;
  /** Overrides/additions to process.env (DATABASE_URL, SEED_DEMO, FORCE_BUILD, ...). */
  env?: Record<string, string>;
  /** Build missing artifacts with `npm run build` (default true); false = fail if not built. */
  build?: boolean;
  /** Aborts start-up; everything started so far is stopped again. */
  signal?: AbortSignal;
  /** Progress messages; quiet by default. */
  say?: (message: string) => void;
  /** How long the API may take to answer HTTP (migrations, seeding). Default 180 s. */
  apiStartTimeoutMs?: number;
  /** Back-off and timers of the supervisors (tests). */
  supervision?: Partial<Omit<SupervisorOptions, 'log' | 'restartOn'>>;
}

export type StackEnd =
  { kind: 'api-exit'; info: ExitInfo } | { kind: 'service-exit'; message: string };

export interface RunningStack {
  /** http://127.0.0.1:<port> */
  url: string;
  adminEmail: string;
  adminPassword: string;
  dataDir: string;
  databaseUrl: string;
  meiliUrl: string;
  services: BackingServices;
  /**
   * Settles when the stack ends on its own: the API exited cleanly, or a supervisor gave up.
   * (A crashed API or service is restarted: see scripts/lib/supervisor.ts.)
   */
  readonly done: Promise<StackEnd>;
  /** How many times each part was restarted after a crash. */
  restarts(): { api: number; postgres: number; meili: number };
  /** API (SIGTERM, 10 s, SIGKILL), then Meilisearch, then PostgreSQL. Idempotent. */
  stop(): Promise<void>;
}

/** Whether an API exit is a crash to restart after (not a requested stop). */
export function apiCrashed(info: ExitInfo): boolean {
  if (info.signal !== null) return info.signal !== 'SIGTERM' && info.signal !== 'SIGINT';
  return info.code !== 0;
}

/** The API exited before it answered HTTP: its exit code is the launcher's. */
export class ApiExitedError extends Error {
  constructor(readonly info: ExitInfo) {
    super(
      `The API exited during start-up (code ${String(info.code)}, signal ${String(info.signal)}); see its output above.`,
    );
    this.name = 'ApiExitedError';
  }
}

function npmCommand(env: Env): { command: string; args: string[] } {
  const execPath = env.npm_execpath;
  if (execPath !== undefined && /npm-cli\.[cm]?js$/.test(execPath)) {
    return { command: process.execPath, args: [execPath] };
  }
  return { command: 'npm', args: [] };
}

async function buildIfNeeded(opts: {
  build: boolean;
  env: Env;
  signal?: AbortSignal;
  say: (message: string) => void;
}): Promise<void> {
  const force = ['1', 'true', 'yes'].includes((opts.env.FORCE_BUILD ?? '').toLowerCase());
  const missing = [API_MAIN, WEB_INDEX].filter((file) => !existsSync(file));
  if (!force && missing.length === 0) return;
  const names = missing.map((file) => path.relative(REPO_ROOT, file)).join(', ');
  if (!opts.build)
    throw new LaunchConfigError(
      `The apps are not built (${names} missing): run \`npm run build\`.`,
    );
  opts.say(force ? 'FORCE_BUILD is set: npm run build' : `${names} missing: npm run build`);
  const npm = npmCommand(opts.env);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(npm.command, [...npm.args, 'run', 'build'], {
      cwd: REPO_ROOT,
      env: { ...opts.env },
      stdio: 'inherit',
    });
    const onAbort = (): void => {
      child.kill('SIGTERM');
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.once('error', reject);
    child.once('exit', (exitCode, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(exitCode ?? (signal === null ? 1 : null));
    });
  });
  if (opts.signal?.aborted === true) throw new AbortedError();
  if (code !== 0) throw new Error(`\`npm run build\` failed (exit code ${String(code)}).`);
  const stillMissing = [API_MAIN, WEB_INDEX].filter((file) => !existsSync(file));
  if (stillMissing.length > 0) {
    throw new Error(
      `\`npm run build\` succeeded but did not produce ${stillMissing.map((f) => path.relative(REPO_ROOT, f)).join(', ')}.`,
    );
  }
}

export async function startStack(opts: StartStackOptions): Promise<RunningStack> {
  const env: Env = { ...process.env, ...opts.env };
  const report = opts.say ?? ((): void => undefined);
  const { port, signal } = opts;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LaunchConfigError(`PORT must be an integer from 1 to 65535 (got ${String(port)})`);
  }
  const dataDir = await ensureDataDir(opts.dataDir);
  // Recovery first: an API orphaned by a crashed launcher may be what holds the port.
  const registry = await openRegistry(dataDir, report);
  if (!(await isPortFree(port))) {
    closeRegistry(registry);
    throw new LaunchConfigError(
      `PORT ${port} is already in use; stop what is listening there or set PORT to another port.`,
    );
  }
  // If this process dies without stop(), children still get their stop signal.
  const exitHook = (): void => registry.signalAllSync(false);
  process.on('exit', exitHook);

  let services: BackingServices | null = null;
  let api: { stop(): Promise<unknown> } | null = null;
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      await api?.stop();
      await services?.stop();
      closeRegistry(registry);
      process.off('exit', exitHook);
    })();
    return stopped;
  };

  try {
    await buildIfNeeded({ build: opts.build ?? true, env, signal, say: report });
    services = await startBackingServices({
      dataDir,
      env,
      registry,
      signal,
      say: report,
      supervision: opts.supervision,
    });
    const running = services;
    let serviceFailure: string | null = null;
    void running.unexpectedExit.then((message) => {
      serviceFailure = message;
    });
    const apiEnv: NodeJS.ProcessEnv = {
      ...env,
      ...running.apiEnv,
      PORT: String(port),
      // A caller may serve another copy of the build (bench:web serves a snapshot of it).
      WEB_DIST_DIR: opts.env?.WEB_DIST_DIR ?? WEB_DIST_DIR,
    };
    report(`starting the API on port ${port}`);
    const url = `http://${probeHost(env.HOST)}:${port}`;
    const apiStartTimeoutMs = opts.apiStartTimeoutMs ?? 180_000;
    const launchApi = async (
      abort: AbortSignal | undefined,
      gaveUp: () => string | null,
    ): Promise<ManagedChild> => {
      const child = spawnChild({
        name: 'api',
        command: process.execPath,
        args: [API_MAIN],
        cwd: REPO_ROOT,
        env: apiEnv,
        output: 'inherit',
        registry,
        registryArgs: [API_MAIN],
      });
      const exitInfo: { value: ExitInfo | null } = { value: null };
      void child.exited.then((info) => {
        exitInfo.value = info;
      });
      try {
        await waitForHttp(`${url}/`, {
          timeoutMs: apiStartTimeoutMs,
          signal: abort,
          gaveUp: () => {
            if (exitInfo.value !== null) throw new ApiExitedError(exitInfo.value);
            return gaveUp();
          },
        });
      } catch (error) {
        await child.stop(10_000);
        throw error;
      }
      return child;
    };
    const first = launchApi(signal, () => serviceFailure);
    api = { stop: () => first.then((c) => c.stop(10_000)).catch(() => undefined) };
    const child = await first;
    // A crashed API (non-zero exit, SIGKILL, SIGSEGV …) is started again like the services; one
    // that was asked to stop (exit 0, SIGTERM, SIGINT) ends the launcher as before. Five failed
    // restarts in a row (it exits before answering HTTP) end it too.
    const apiSupervisor = new Supervisor<ManagedChild>(
      {
        name: 'the API',
        start: (abort) => launchApi(abort, () => null),
        exited: (c) => c.exited,
        stop: async (c) => {
          await c.stop(10_000);
        },
      },
      child,
      { log: report, maxFailures: 5, restartOn: apiCrashed, ...opts.supervision },
    );
    api = apiSupervisor;
    const done = Promise.race([
      apiSupervisor.ended.then((end): StackEnd =>
        end.kind === 'exited'
          ? { kind: 'api-exit', info: end.info }
          : { kind: 'service-exit', message: end.message },
      ),
      running.unexpectedExit.then((message): StackEnd => ({ kind: 'service-exit', message })),
    ]);
    return {
      url,
      adminEmail: running.adminEmail,
      adminPassword: running.adminPassword,
      dataDir,
      databaseUrl: running.apiEnv.DATABASE_URL ?? '',
      meiliUrl: running.apiEnv.MEILI_URL ?? '',
      services: running,
      done,
      restarts: () => ({ api: apiSupervisor.restarts, ...running.restarts() }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Where the launcher reaches the API it started: the API listens on HOST (default 127.0.0.1,
 * apps/api config); a wildcard address is reachable on loopback, a specific one only on itself.
 */
export function probeHost(host: string | undefined): string {
  const h = (host ?? '').trim();
  if (h === '' || h === '0.0.0.0' || h === '::' || h === '[::]') return '127.0.0.1';
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

/** What the banner shows about a running stack. */
export interface BannerInput {
  adminEmail: string;
  adminPassword: string;
  dataDir: string;
  services: Pick<BackingServices, 'adminPasswordSource' | 'logDir'> & {
    postgres: { port: number } | null;
    meili: { url: string } | null;
  };
}

/** The "is running" banner: where to open it, how to log in, where the data and logs are. */
export function bannerText(stack: BannerInput, port: number): string {
  const { services } = stack;
  const password =
    services.adminPasswordSource === 'env'
      ? '(the ADMIN_PASSWORD you set)'
      : services.adminPasswordSource === 'default'
        ? `${stack.adminPassword}   (development default; set ADMIN_PASSWORD to change)`
        : '(none: set ADMIN_EMAIL and ADMIN_PASSWORD)';
  const pg = services.postgres
    ? `embedded, 127.0.0.1:${services.postgres.port}`
    : 'external (DATABASE_URL)';
  const meili = services.meili ? `embedded, ${services.meili.url}` : 'external (MEILI_URL)';
  const rows: Array<[string, string]> = [
    ['URL', `http://localhost:${port}`],
    ['Admin email', stack.adminEmail === '' ? '(none)' : stack.adminEmail],
    ['Admin password', password],
    ['Data dir', stack.dataDir],
    ['PostgreSQL', pg],
    ['Meilisearch', meili],
    ['Service logs', services.logDir],
  ];
  const line = '─'.repeat(72);
  const out = [
    '',
    line,
    '  数转工具箱 · SME Transformation Toolbox is running',
    '',
    ...rows.map(([k, v]) => `  ${k.padEnd(15)} ${v}`),
    '',
    '  Ctrl-C to stop',
    line,
    '',
  ];
  return `${out.join('\n')}\n`;
}

/**
 * What the launcher does when start-up fails: an interrupted start exits 0 quietly; an API
 * that exited passes on its exit code (at least 1); anything else is printed and exits 1.
 */
export function startFailure(
  error: unknown,
  aborted: boolean,
): { code: number; message: string | null } {
  if (aborted) return { code: 0, message: null };
  if (error instanceof ApiExitedError)
    return { code: exitCodeOf(error.info) || 1, message: error.message };
  return { code: 1, message: error instanceof Error ? error.message : String(error) };
}

/** How the launcher ends when the stack ends on its own: the message and the exit code. */
export function stackEndOutcome(end: StackEnd): { code: number; message: string; error: boolean } {
  if (end.kind === 'api-exit')
    return {
      code: exitCodeOf(end.info),
      message: `the API exited (code ${String(end.info.code)}, signal ${String(end.info.signal)}): stopping the services`,
      error: false,
    };
  return { code: 1, message: end.message, error: true };
}

/** The launcher's state that its signal handlers and its end share. */
interface Session {
  controller: AbortController;
  stack: RunningStack | null;
  shuttingDown: boolean;
}

/** Stops the stack (if any) and exits; a failure to stop turns a 0 into 1. */
async function finish(session: Session, code: number): Promise<never> {
  session.shuttingDown = true;
  try {
    await session.stack?.stop();
  } catch (error) {
    process.stderr.write(`✖ error while stopping: ${String(error)}\n`);
    code = code === 0 ? 1 : code;
  }
  process.exit(code);
}

/** Ctrl-C/SIGTERM stop gracefully (a second one forces); a vanished npm counts as SIGTERM. */
function handleShutdownRequests(session: Session): void {
  installSignalHandlers({
    graceful: (signal) => {
      say(`${signal} received: stopping (Ctrl-C again to force)`);
      session.controller.abort();
      if (session.stack !== null && !session.shuttingDown) void finish(session, 0);
      // Start-up steps honour the abort within moments; this only catches a step that hangs.
      setTimeout(() => {
        say('still not stopped after 30 s: forcing');
        void forceStopAll().finally(() => process.exit(130));
      }, 30_000).unref();
    },
    force: () => {
      say('forcing shutdown');
      void forceStopAll().finally(() => process.exit(130));
    },
  });
  // `kill <npm pid>` leaves us orphaned (npm → sh → tsx → us): treat it as a SIGTERM.
  watchAncestors((pid) => {
    say(`parent process ${pid} is gone`);
    process.kill(process.pid, 'SIGTERM');
  });
}

/** PORT and DATA_DIR, or exit 1 naming the bad one. */
async function readLaunchConfig(): Promise<{ port: number; dataDir: string }> {
  try {
    return {
      port: parsePort(process.env, 'PORT', 3000),
      dataDir: await resolveDataDir(process.env),
    };
  } catch (error) {
    process.stderr.write(`✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

async function startOrExit(session: Session, port: number, dataDir: string): Promise<RunningStack> {
  try {
    return await startStack({ port, dataDir, signal: session.controller.signal, say });
  } catch (error) {
    const failure = startFailure(error, session.controller.signal.aborted);
    if (failure.message !== null) process.stderr.write(`✖ ${failure.message}\n`);
    process.exit(failure.code);
  }
}

/** Waits until the API or a service ends on its own, then stops the rest and exits. */
async function superviseUntilEnd(session: Session, stack: RunningStack): Promise<void> {
  const end = await stack.done;
  if (session.shuttingDown) return;
  const outcome = stackEndOutcome(end);
  if (outcome.error) {
    process.stderr.write(`✖ ${outcome.message}\n`);
    say('stopping the API and the remaining services');
  } else {
    say(outcome.message);
  }
  await finish(session, outcome.code);
}

async function main(): Promise<void> {
  const session: Session = { controller: new AbortController(), stack: null, shuttingDown: false };
  handleShutdownRequests(session);
  const { port, dataDir } = await readLaunchConfig();
  const stack = await startOrExit(session, port, dataDir);
  session.stack = stack;
  if (session.controller.signal.aborted) await finish(session, 0);
  process.stdout.write(bannerText(stack, port));
  await superviseUntilEnd(session, stack);
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(path.resolve(script)) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  void main();
}
