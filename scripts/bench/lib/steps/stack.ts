/** Step 1: a fresh stack (temporary data dir, embedded services, no demo data) and clients into it. */
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { freePort } from '../../../lib/services.js';
import { API_MAIN, startStack } from '../../../start.js';
import { HttpClient } from '../http.js';
import { CpuMeter, findChildPid, loadAverage } from '../machine.js';
import { MeiliDirect } from '../meili.js';
import type { BenchOptions } from '../options.js';
import { Phases } from '../phases.js';
import { abortCheck, type BenchContext, type BenchResources, type Say } from '../run.js';

/** The highest value AppConfig accepts (RATE_LIMIT_PER_MINUTE: 1 … 10 000 000). */
const RATE_LIMIT = '10000000';

export async function startBenchStack(
  opts: BenchOptions,
  resources: BenchResources,
  signal: AbortSignal,
  say: Say,
): Promise<BenchContext> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-bench-'));
  resources.dataDir = dataDir;
  const port = await freePort();
  const admin = {
    email: 'bench-admin@toolbox.local',
    password: `Bench-${randomBytes(12).toString('hex')}`,
  };
  say(`starting the stack on port ${port} (data ${dataDir})`);
  const t0 = performance.now();
  const stack = await startStack({
    port,
    dataDir,
    build: true,
    signal,
    env: {
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MINUTE: RATE_LIMIT,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
    say,
  });
  resources.stack = stack;
  say(`API up at ${stack.url} after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const meiliKey = stack.services.apiEnv.MEILI_MASTER_KEY ?? '';
  const cpu = new CpuMeter({
    api: findChildPid(API_MAIN),
    meilisearch: stack.services.meili?.pid ?? null,
    postgres: stack.services.postgres?.pid ?? null,
  });
  const checkAborted = abortCheck(signal);
  const phases = new Phases({ now: () => performance.now(), loadAverage, cpu }, say, checkAborted);
  const api = resources.client(new HttpClient(stack.url, 4, signal));
  const meiliHttp = resources.client(new HttpClient(stack.meiliUrl, 4, signal));
  const db = resources.database(new pg.Client({ connectionString: stack.databaseUrl }));
  await db.connect();
  return {
    opts,
    signal,
    say,
    stack,
    dataDir,
    meiliKey,
    admin,
    api,
    meili: new MeiliDirect(meiliHttp, meiliKey),
    db,
    phases,
    httpClient: (base, concurrency) => resources.client(new HttpClient(base, concurrency, signal)),
    checkAborted,
  };
}
