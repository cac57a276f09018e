/**
 * Manual self-check of the embedded services (not part of the test suites: it takes seconds and
 * starts real servers). Run: `npx tsx scripts/self-check-services.ts [--keep]`
 *
 *  1. cold start of PostgreSQL + Meilisearch in a fresh temp dir (initdb, binary verification)
 *  2. SELECT version() with `pg`; /health and an index with the `meilisearch` client; stop
 *  3. warm start on the same dir: the table row and the index are still there; stop
 *  4. a launcher child process (this script with --launcher) is killed with SIGKILL while
 *     running; the next start recovers via the registry and the data is intact
 *  5. nothing of ours is left running
 *
 * `--supervision [--kills N]` runs the launcher's supervision check instead
 * (scripts/self-check-supervision.ts: SIGKILLs of Meilisearch and PostgreSQL under writes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Meilisearch } from 'meilisearch';
import pg from 'pg';

import {
  ProcessRegistry,
  recoverStaleChildren,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type MeiliHandle,
  type PostgresHandle,
} from './lib/services.js';
import { findProcesses, isAlive, sleep, terminate } from './lib/proc.js';
import { runSupervisionCheck } from './self-check-supervision.js';
import { parseReady, recoveredList, selfCheckMode } from './lib/self-check.js';

const MASTER_KEY = 'self-check-master-key-0123456789abcdef';
const PASSWORD = 'self-check-password';

async function startBoth(
  dir: string,
  registry?: ProcessRegistry,
): Promise<{ pg: PostgresHandle; meili: MeiliHandle; ms: number; pgMs: number; meiliMs: number }> {
  const started = Date.now();
  let pgMs = 0;
  let meiliMs = 0;
  const [pgHandle, meili] = await Promise.all([
    startEmbeddedPostgres({
      dataDir: path.join(dir, 'postgres'),
      database: 'toolbox',
      user: 'toolbox',
      password: PASSWORD,
      registry,
    }).then((h) => {
      pgMs = Date.now() - started;
      return h;
    }),
    startEmbeddedMeilisearch({
      dataDir: path.join(dir, 'meilisearch'),
      masterKey: MASTER_KEY,
      registry,
    }).then((h) => {
      meiliMs = Date.now() - started;
      return h;
    }),
  ]);
  return { pg: pgHandle, meili, ms: Date.now() - started, pgMs, meiliMs };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`CHECK FAILED: ${message}`);
  process.stdout.write(`  ✔ ${message}\n`);
}

/** Child mode: start both with a registry, print READY, wait to be killed. */
async function launcherChild(dir: string): Promise<void> {
  await recoverStaleChildren(dir);
  const registry = ProcessRegistry.create(dir);
  const { pg: p, meili } = await startBoth(dir, registry);
  process.stdout.write(`READY ${p.pid} ${meili.pid}\n`);
  await new Promise(() => undefined);
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** 1 + 2: cold start in an empty dir; PostgreSQL answers and keeps a row, Meilisearch an index. */
async function coldStart(dir: string): Promise<void> {
  say('1. cold start');
  const cold = await startBoth(dir);
  say(
    `  cold start: ${cold.ms} ms (PostgreSQL incl. initdb ${cold.pgMs} ms, Meilisearch incl. SHA-256 + copy ${cold.meiliMs} ms)`,
  );
  const [version] = await query<{ version: string }>(cold.pg.url, 'SELECT version()');
  check(
    version?.version.startsWith('PostgreSQL 18') === true,
    `SELECT version(): ${version?.version.slice(0, 40)}…`,
  );
  await query(cold.pg.url, "CREATE TABLE marker(v text); INSERT INTO marker VALUES ('数转工具箱')");
  const health = (await (await fetch(`${cold.meili.url}/health`)).json()) as { status?: string };
  check(health.status === 'available', 'Meilisearch /health is available');
  const client = new Meilisearch({ host: cold.meili.url, apiKey: MASTER_KEY });
  await client.createIndex('selfcheck', { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client
    .index('selfcheck')
    .addDocuments([{ id: 1, title: '数字化转型' }])
    .waitTask({ timeout: 60_000 });
  check(
    (await client.getIndexes()).results.some((i) => i.uid === 'selfcheck'),
    'index created',
  );
  const t = Date.now();
  await cold.meili.stop();
  await cold.pg.stop();
  say(`  stop: ${Date.now() - t} ms`);
}

/** 3: warm start on the same dir; the row and the document survived. */
async function warmStart(dir: string): Promise<void> {
  say('2. warm start on the same dir');
  const warm = await startBoth(dir);
  say(`  warm start: ${warm.ms} ms (PostgreSQL ${warm.pgMs} ms, Meilisearch ${warm.meiliMs} ms)`);
  const rows = await query<{ v: string }>(warm.pg.url, 'SELECT v FROM marker');
  check(rows[0]?.v === '数转工具箱', 'PostgreSQL row survived the restart');
  const warmClient = new Meilisearch({ host: warm.meili.url, apiKey: MASTER_KEY });
  const search = await warmClient.index('selfcheck').search('数字化');
  check(search.hits.length === 1, 'Meilisearch index and document survived the restart');
  await warm.meili.stop();
  await warm.pg.stop();
}

/** Starts this script as a launcher child on `dir`; answers it and its services' pids once READY. */
async function spawnLauncher(
  dir: string,
): Promise<{ child: ChildProcess; pgPid: number; meiliPid: number }> {
  const self = fileURLToPath(import.meta.url);
  // node --import tsx: the launcher is this very process (no tsx wrapper in between).
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--launcher', dir], {
    cwd: path.join(path.dirname(self), '..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pids = await new Promise<{ pgPid: number; meiliPid: number }>((resolve, reject) => {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const ready = parseReady(buffer);
      if (ready !== null) resolve(ready);
    });
    child.once('exit', (code) =>
      reject(new Error(`launcher child exited early (${String(code)})`)),
    );
  });
  return { child, ...pids };
}

/** 4: kill -9 a launcher mid-run; the registry stops its orphans and the data is intact. */
async function crashRecovery(dir: string): Promise<void> {
  say('3. kill -9 of a launcher while it runs');
  const { child, pgPid, meiliPid } = await spawnLauncher(dir);
  child.kill('SIGKILL');
  await sleep(300);
  check(
    isAlive(pgPid) && isAlive(meiliPid),
    `orphans alive after kill -9 (pg ${pgPid}, meili ${meiliPid})`,
  );
  const t = Date.now();
  const recovered = await recoverStaleChildren(dir);
  say(`  recovery: ${Date.now() - t} ms (${recoveredList(recovered)})`);
  check(!isAlive(pgPid) && !isAlive(meiliPid), 'orphans stopped by recoverStaleChildren');
  const again = await startBoth(dir);
  say(`  start after recovery: ${again.ms} ms`);
  const rowsAgain = await query<{ v: string }>(again.pg.url, 'SELECT v FROM marker');
  check(rowsAgain[0]?.v === '数转工具箱', 'data intact after the crash');
  await again.meili.stop();
  await again.pg.stop();
}

const processesOn = (dir: string): number[] =>
  findProcesses((argv) => argv.some((a) => a.startsWith(dir)));

/** Safety net if a check failed half-way: nothing may outlive the self-check. */
async function cleanUp(dir: string, keep: boolean): Promise<void> {
  for (const pid of processesOn(dir)) {
    await terminate(pid, { signal: 'SIGINT', timeoutMs: 5000 });
  }
  if (!keep) await rm(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const mode = selfCheckMode(process.argv.slice(2));
  if (mode.mode === 'launcher') {
    await launcherChild(mode.dir);
    return;
  }
  if (process.argv.includes('--supervision')) {
    const kills = Number(process.argv[process.argv.indexOf('--kills') + 1] ?? '3');
    await runSupervisionCheck({
      kills: Number.isInteger(kills) && kills > 0 ? kills : 3,
      keep: mode.mode === 'check' && mode.keep,
    });
    say('supervision check passed');
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'toolbox-selfcheck-'));
  say(`data dir: ${dir}`);
  try {
    await coldStart(dir);
    await warmStart(dir);
    await crashRecovery(dir);
    // 5: nothing left
    check(processesOn(dir).length === 0, `no processes left on ${dir}`);
    say('self-check passed');
  } finally {
    await cleanUp(dir, mode.keep);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
