/**
 * Shared by `scripts/start.ts` and `scripts/dev.ts`: environment validation, the embedded
 * backing services with their persistent secrets, service log files, signal handling.
 */
import { createWriteStream, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { stripAnsi } from './children.js';
import { mkdirp } from './fs.js';
import { startEmbeddedMeilisearch, type MeiliHandle, type MeiliOptions } from './meilisearch.js';
import {
  startEmbeddedPostgres,
  type ExitInfo,
  type PostgresHandle,
  type PostgresOptions,
} from './postgres.js';
import { AbortedError, isAlive, readCmdline, readProcStat, sendSignal, sleep } from './proc.js';
import { ProcessRegistry, recoverStaleChildren } from './registry.js';
import { loadOrCreateSecrets } from './secrets.js';
import { Supervisor, type SupervisorEnd, type SupervisorOptions } from './supervisor.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Documented development defaults of the embedded mode (see the banner). */
export const DEFAULT_ADMIN_EMAIL = 'admin@toolbox.local';
export const DEFAULT_ADMIN_PASSWORD = 'admin-password-123';
export const EMBEDDED_DATABASE = 'toolbox';
export const EMBEDDED_DB_USER = 'toolbox';

export type Env = Readonly<Record<string, string | undefined>>;

/** A problem with the launcher's own environment variables: printed as is, exit code 1. */
export class LaunchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaunchConfigError';
  }
}

function value(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/** An integer port from 1 to 65535, or the fallback when unset. */
export function parsePort(env: Env, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new LaunchConfigError(`${name} must be an integer from 1 to 65535 (got "${raw}")`);
  }
  return Number(raw);
}

/**
 * DATA_DIR as an absolute path (relative values are relative to where `npm` was invoked),
 * created if missing, and checked to be a writable directory.
 */
export async function resolveDataDir(env: Env, name = 'DATA_DIR'): Promise<string> {
  const raw = value(env, name);
  if (raw !== undefined && raw.includes('\0'))
    throw new LaunchConfigError(`${name} contains a NUL byte`);
  const base = value(env, 'INIT_CWD') ?? process.cwd();
  const dir = raw === undefined ? path.join(REPO_ROOT, '.data') : path.resolve(base, raw);
  return ensureDataDir(dir, name);
}

export async function ensureDataDir(dir: string, name = 'DATA_DIR'): Promise<string> {
  const resolved = path.resolve(dir);
  const stat = await fs.stat(resolved).catch(() => null);
  if (stat !== null && !stat.isDirectory()) {
    throw new LaunchConfigError(`${name}=${resolved} exists but is not a directory`);
  }
  if (stat === null) {
    try {
      await mkdirp(resolved);
    } catch (error) {
      throw new LaunchConfigError(
        `${name}=${resolved} cannot be created: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  }
  try {
    await fs.access(resolved, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new LaunchConfigError(`${name}=${resolved} is not writable by this user`);
  }
  await checkOwnership(resolved, name);
  return resolved;
}

/**
 * As a normal user, everything in DATA_DIR must be ours. Files owned by someone else almost
 * always come from one run as root (sudo npm start): say so, instead of failing later with
 * EACCES deep inside Meilisearch. (The PostgreSQL cluster is checked by its starter.)
 */
async function checkOwnership(dataDir: string, name: string): Promise<void> {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return;
  const foreign: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (foreign.length >= 5) return;
      const full = path.join(dir, entry.name);
      if (depth === 0 && entry.name === 'postgres') continue;
      const stat = await fs.lstat(full).catch(() => null);
      if (stat === null) continue;
      if (stat.uid !== uid) foreign.push(`${path.relative(dataDir, full)} (uid ${stat.uid})`);
      else if (entry.isDirectory() && depth < 6) await walk(full, depth + 1);
    }
  };
  await walk(dataDir, 0);
  if (foreign.length > 0) {
    throw new LaunchConfigError(
      `${name}=${dataDir} contains files you do not own: ${foreign.join(', ')}. They were ` +
        'probably created by a run as root. Run as root again, use another DATA_DIR, or take ' +
        `them back: sudo chown -R ${uid}:${process.getgid?.() ?? uid} ${dataDir}`,
    );
  }
}

/** Kills what a crashed launcher left behind on this data dir, then starts a fresh registry. */
export async function openRegistry(
  dataDir: string,
  say: (message: string) => void,
): Promise<ProcessRegistry> {
  const recovered = await recoverStaleChildren(dataDir, { onLog: say });
  if (recovered.length > 0) {
    say(
      `cleaned up after a previous launcher that did not exit cleanly: ${recovered
        .map((r) => `${r.name} (pid ${r.pid}, ${r.outcome})`)
        .join(', ')}`,
    );
  }
  const registry = ProcessRegistry.create(dataDir);
  activeRegistries.add(registry);
  return registry;
}

export function closeRegistry(registry: ProcessRegistry): void {
  registry.dispose();
  activeRegistries.delete(registry);
}

const activeRegistries = new Set<ProcessRegistry>();

/**
 * Second Ctrl-C: immediate shutdown of everything any launcher in this process started
 * (SIGKILL; SIGQUIT = immediate shutdown for PostgreSQL), waiting at most a few seconds.
 */
export async function forceStopAll(): Promise<void> {
  for (const registry of activeRegistries) registry.signalAllSync(true);
  const deadline = Date.now() + 3000;
  const alive = (): number[] => [...activeRegistries].flatMap((r) => r.alivePids());
  while (alive().length > 0 && Date.now() < deadline) await sleep(50);
  for (const registry of activeRegistries) {
    for (const child of registry.children) {
      if (isAlive(child.pid)) sendSignal(child.group ? -child.pid : child.pid, 'SIGKILL');
    }
  }
  for (const registry of [...activeRegistries]) closeRegistry(registry);
}

/** Appends lines (without ANSI colours) to `<dataDir>/logs/<name>.log`, rotated at 10 MB. */
export class ServiceLog {
  readonly file: string;
  private readonly stream: WriteStream;

  constructor(dataDir: string, name: string) {
    const dir = path.join(dataDir, 'logs');
    mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, `${name}.log`);
    try {
      if (statSync(this.file).size > 10 * 1024 * 1024) renameSync(this.file, `${this.file}.1`);
    } catch {
      // no log yet
    }
    this.stream = createWriteStream(this.file, { flags: 'a' });
    this.stream.on('error', () => undefined);
    this.write(`---- ${new Date().toISOString()} launcher pid ${process.pid} ----`);
  }

  write(line: string): void {
    this.stream.write(`${stripAnsi(line)}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

export interface BackingServices {
  /** DATABASE_URL, MEILI_URL, MEILI_MASTER_KEY, JWT_SECRET, ADMIN_*, SEED_DEMO for the API. */
  apiEnv: Record<string, string>;
  postgres: PostgresHandle | null;
  meili: MeiliHandle | null;
  adminEmail: string;
  adminPassword: string;
  /** Where the admin password comes from (the banner never echoes a user's own password). */
  adminPasswordSource: 'default' | 'env' | 'none';
  logDir: string;
  timings: { postgresMs: number | null; meiliMs: number | null };
  /**
   * Resolves with a message if an embedded service is gone for good: with supervision (the
   * default) only when its supervisor gives up; without, on its first exit.
   */
  readonly unexpectedExit: Promise<string>;
  /** How many times each embedded service was restarted by its supervisor. */
  restarts(): { postgres: number; meili: number };
  /** Meilisearch, then PostgreSQL. Idempotent. */
  stop(): Promise<void>;
}

function withLogHint(file: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof Error && !(error instanceof AbortedError))
      error.message += `\n(full log: ${file})`;
    throw error;
  };
}

/**
 * Starts the embedded services the environment does not point elsewhere: PostgreSQL unless
 * DATABASE_URL is set, Meilisearch unless MEILI_URL is set (both in parallel).
 */
export async function startBackingServices(opts: {
  dataDir: string;
  env: Env;
  registry: ProcessRegistry;
  signal?: AbortSignal;
  say: (message: string) => void;
  /** Restart an embedded service that dies (default true). */
  supervise?: boolean;
  /** Back-off, timers and give-up limit of the supervisors (tests). */
  supervision?: Partial<Omit<SupervisorOptions, 'log' | 'restartOn'>>;
}): Promise<BackingServices> {
  const { env, dataDir, registry, signal, say } = opts;
  const embedPostgres = value(env, 'DATABASE_URL') === undefined;
  const embedMeili = value(env, 'MEILI_URL') === undefined;
  const embedded = embedPostgres || embedMeili;
  const secrets = embedded ? await loadOrCreateSecrets(dataDir, say) : null;
  const logDir = path.join(dataDir, 'logs');
  const pgLog = embedPostgres ? new ServiceLog(dataDir, 'postgres') : null;
  const meiliLog = embedMeili ? new ServiceLog(dataDir, 'meilisearch') : null;
  const closeLogs = async (): Promise<void> => {
    await Promise.all([pgLog?.close(), meiliLog?.close()]);
  };
  const meiliMasterKey = value(env, 'MEILI_MASTER_KEY') ?? secrets?.meiliMasterKey;

  const pgOptions: PostgresOptions | null =
    embedPostgres && secrets && pgLog
      ? {
          dataDir: path.join(dataDir, 'postgres'),
          database: EMBEDDED_DATABASE,
          user: EMBEDDED_DB_USER,
          password: secrets.postgresPassword,
          onLog: (line) => pgLog.write(line),
          registry,
        }
      : null;
  const meiliOptions: MeiliOptions | null =
    embedMeili && meiliMasterKey !== undefined && meiliLog
      ? {
          dataDir: path.join(dataDir, 'meilisearch'),
          masterKey: meiliMasterKey,
          onLog: (line) => meiliLog.write(line),
          registry,
        }
      : null;

  const started = Date.now();
  const timings: BackingServices['timings'] = { postgresMs: null, meiliMs: null };
  const [pgResult, meiliResult] = await Promise.allSettled([
    pgOptions && pgLog
      ? startEmbeddedPostgres({ ...pgOptions, onNotice: say, signal }).then((handle) => {
          timings.postgresMs = Date.now() - started;
          say(`PostgreSQL ready on 127.0.0.1:${handle.port} (${timings.postgresMs} ms)`);
          return handle;
        }, withLogHint(pgLog.file))
      : Promise.resolve(null),
    meiliOptions && meiliLog
      ? startEmbeddedMeilisearch({ ...meiliOptions, signal }).then((handle) => {
          timings.meiliMs = Date.now() - started;
          say(`Meilisearch ready on ${handle.url} (${timings.meiliMs} ms)`);
          return handle;
        }, withLogHint(meiliLog.file))
      : Promise.resolve(null),
  ]);
  const postgres = pgResult.status === 'fulfilled' ? pgResult.value : null;
  const meili = meiliResult.status === 'fulfilled' ? meiliResult.value : null;
  const failures = [pgResult, meiliResult].flatMap((r) =>
    r.status === 'rejected' ? [r.reason as unknown] : [],
  );
  if (failures.length > 0) {
    await meili?.stop();
    await postgres?.stop();
    await closeLogs();
    throw failures.find((f) => !(f instanceof AbortedError)) ?? failures[0];
  }

  const apiEnv: Record<string, string> = {};
  const set = (name: string, v: string | undefined): void => {
    if (v !== undefined) apiEnv[name] = v;
  };
  set('DATABASE_URL', postgres?.url ?? value(env, 'DATABASE_URL'));
  set('MEILI_URL', meili?.url ?? value(env, 'MEILI_URL'));
  set('MEILI_MASTER_KEY', meili?.masterKey ?? value(env, 'MEILI_MASTER_KEY'));
  set('JWT_SECRET', value(env, 'JWT_SECRET') ?? secrets?.jwtSecret);
  let adminEmail = value(env, 'ADMIN_EMAIL');
  let adminPassword = value(env, 'ADMIN_PASSWORD');
  const adminPasswordSource: BackingServices['adminPasswordSource'] =
    adminPassword !== undefined ? 'env' : embedded ? 'default' : 'none';
  if (embedded) {
    adminEmail ??= DEFAULT_ADMIN_EMAIL;
    adminPassword ??= DEFAULT_ADMIN_PASSWORD;
  }
  set('ADMIN_EMAIL', adminEmail);
  set('ADMIN_PASSWORD', adminPassword);
  set('SEED_DEMO', value(env, 'SEED_DEMO') ?? (embedded ? 'true' : undefined));
  // One API on its own embedded PostgreSQL: its rate-limit counters can live in its memory.
  set('RATE_LIMIT_STORE', value(env, 'RATE_LIMIT_STORE') ?? (embedPostgres ? 'memory' : undefined));

  // Supervision: an embedded service that dies is started again on the same port with the same
  // data (back-off 0.5 s → 30 s, scripts/lib/supervisor.ts); the API answers 503 meanwhile.
  const supervise = opts.supervise ?? true;
  const logBoth =
    (log: ServiceLog | null) =>
    (message: string): void => {
      say(message);
      log?.write(`[launcher] ${message}`);
    };
  const pgSupervisor =
    supervise && postgres && pgOptions
      ? new Supervisor<PostgresHandle>(
          {
            name: 'PostgreSQL',
            start: (s) => startEmbeddedPostgres({ ...pgOptions, port: postgres.port, signal: s }),
            exited: (h) => h.exited,
            stop: (h) => h.stop(),
          },
          postgres,
          { log: logBoth(pgLog), ...opts.supervision },
        )
      : null;
  const meiliSupervisor =
    supervise && meili && meiliOptions
      ? new Supervisor<MeiliHandle>(
          {
            name: 'Meilisearch',
            start: (s) =>
              startEmbeddedMeilisearch({
                ...meiliOptions,
                port: Number(new URL(meili.url).port),
                signal: s,
              }),
            exited: (h) => h.exited,
            stop: (h) => h.stop(),
          },
          meili,
          { log: logBoth(meiliLog), ...opts.supervision },
        )
      : null;

  const stopping = { value: false };
  const unexpectedExit = new Promise<string>((resolve) => {
    const report = (name: string, file: string) => (info: ExitInfo | null, why?: string) => {
      if (stopping.value) return;
      resolve(
        why ??
          `${name} exited unexpectedly (code ${String(info?.code)}, signal ${String(info?.signal)}); see ${file}`,
      );
    };
    const pgReport = report('PostgreSQL', pgLog?.file ?? logDir);
    const meiliReport = report('Meilisearch', meiliLog?.file ?? logDir);
    if (pgSupervisor) void pgSupervisor.ended.then((end) => pgReport(end.info, endMessage(end)));
    else void postgres?.exited.then((info) => pgReport(info));
    if (meiliSupervisor)
      void meiliSupervisor.ended.then((end) => meiliReport(end.info, endMessage(end)));
    else void meili?.exited.then((info) => meiliReport(info));
  });
  let stopped: Promise<void> | null = null;
  return {
    apiEnv,
    postgres,
    meili,
    adminEmail: adminEmail ?? '',
    adminPassword: adminPassword ?? '',
    adminPasswordSource,
    logDir,
    timings,
    unexpectedExit,
    restarts: () => ({
      postgres: pgSupervisor?.restarts ?? 0,
      meili: meiliSupervisor?.restarts ?? 0,
    }),
    stop: () => {
      stopping.value = true;
      stopped ??= (async () => {
        await (meiliSupervisor?.stop() ?? meili?.stop());
        await (pgSupervisor?.stop() ?? postgres?.stop());
        await closeLogs();
      })();
      return stopped;
    },
  };
}

function endMessage(end: SupervisorEnd): string | undefined {
  return end.kind === 'gave-up' ? end.message : undefined;
}

/**
 * SIGINT/SIGTERM/SIGHUP: the first calls `graceful`, a second one (Ctrl-C again) `force`.
 * A repeat within 500 ms is the same Ctrl-C delivered twice (the terminal signals the whole
 * foreground group, and npm/tsx relay it as well), not a request to force.
 */
export function installSignalHandlers(handlers: {
  graceful: (signal: NodeJS.Signals) => void;
  force: (signal: NodeJS.Signals) => void;
}): () => void {
  let first = 0;
  let forced = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    const now = Date.now();
    if (first === 0) {
      first = now;
      handlers.graceful(signal);
    } else if (!forced && now - first > 500) {
      forced = true;
      handlers.force(signal);
    }
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  return () => {
    for (const s of signals) process.off(s, onSignal);
  };
}

/**
 * Calls `onGone` once if our parent process chain breaks. `kill <npm pid>` makes npm forward
 * SIGTERM to `sh -c tsx ...`, and sh dies without passing it on: tsx and the launcher would
 * keep running, orphaned. So we watch the ancestors up to the nearest npm (tsx, sh, npm), or
 * only the direct parent when not started through npm (a shell may legitimately go away).
 */
export function watchAncestors(onGone: (pid: number) => void): () => void {
  const chain: Array<{ pid: number; startTime: number }> = [];
  const candidates: Array<{ pid: number; startTime: number }> = [];
  let npmFound = false;
  for (let pid = process.ppid, depth = 0; pid > 1 && depth < 4; depth++) {
    const stat = readProcStat(pid);
    if (stat === null) break;
    candidates.push({ pid, startTime: stat.startTime });
    const argv = readCmdline(pid);
    // npm rewrites its title: /proc/<pid>/cmdline reads "npm start" (one padded string).
    if (
      /^npm(\s|$)/.test(path.basename(argv[0] ?? '')) ||
      argv.some((a) => /npm-cli\.[cm]?js$/.test(a))
    ) {
      npmFound = true;
      break;
    }
    pid = stat.ppid;
  }
  chain.push(...(npmFound ? candidates : candidates.slice(0, 1)));
  const timer = setInterval(() => {
    for (const ancestor of chain) {
      const stat = readProcStat(ancestor.pid);
      if (stat === null || stat.state === 'Z' || stat.startTime !== ancestor.startTime) {
        clearInterval(timer);
        onGone(ancestor.pid);
        return;
      }
    }
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** Waits until an HTTP server answers at `url` (any status), the child exits, or time runs out. */
export async function waitForHttp(
  url: string,
  opts: { timeoutMs: number; signal?: AbortSignal; gaveUp: () => string | null },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const reason = opts.gaveUp();
    if (reason !== null) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      await response.body?.cancel();
      return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline)
      throw new Error(`nothing answered at ${url} within ${Math.round(opts.timeoutMs / 1000)} s`);
    await sleep(200, opts.signal);
  }
}

export function say(message: string): void {
  process.stdout.write(`\u25b8 ${message}\n`);
}
