/**
 * End-to-end check of the launcher's supervision (run through
 * `npx tsx scripts/self-check-services.ts --supervision [--kills N]`; needs `npm run build`).
 *
 * Starts the real launcher (scripts/start.ts) on a temp DATA_DIR and a free port, then, while
 * four writers publish offerings through the API (demo provider creates and submits, demo admin
 * approves), SIGKILLs the embedded Meilisearch N times and PostgreSQL once. It measures how long
 * each outage lasts (kill → /api/health ok), counts the writes made meanwhile, waits for the
 * search outbox to catch up and checks that every published offering is findable (lost = 0).
 * Finally SIGINT (Ctrl-C) must stop the launcher with exit code 0 and leave nothing running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from './lib/launcher.js';
import { freePort } from './lib/net.js';
import { findProcesses, isAlive, readCwd, sleep } from './lib/proc.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEMO_PROVIDER = { email: 'provider@demo.toolbox.local', password: 'demo-password-123' };
const WRITERS = 4;

interface Write {
  id: string;
  marker: string;
  /** When the approve answered. */
  at: number;
}

interface Outage {
  service: 'meilisearch' | 'postgres';
  killedAt: number;
  recoveredMs: number;
  writesDuring: number;
  failedWritesDuring: number;
  status503: number;
}

class StatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`CHECK FAILED: ${message}`);
  process.stdout.write(`  ✔ ${message}\n`);
}

/** "supchkaaaa", "supchkaaab", …: a word no other offering contains. */
function marker(i: number): string {
  let s = '';
  for (let n = i, k = 0; k < 4; k++, n = Math.floor(n / 26))
    s = String.fromCharCode(97 + (n % 26)) + s;
  return `supchk${s}`;
}

function offeringBody(word: string): string {
  return JSON.stringify({
    title: `监督检查 ${word}`,
    summary: `服务重启期间写入 ${word}`,
    description: '用于检查嵌入式服务重启期间写入不丢失的轻量级云端产品。',
    kind: 'saas',
    scenarios: ['production_control'],
    industries: [],
    stages: [1, 2],
    regions: [],
    deployment: 'public_cloud',
    deliveryDays: 3,
    plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 9900, trialDays: 0 }],
    tags: ['检查'],
  });
}

class Api {
  constructor(readonly base: string) {}
  async call(
    method: string,
    route: string,
    token: string | null,
    body?: string,
  ): Promise<{ status: number; json: Record<string, unknown> }> {
    const response = await fetch(`${this.base}${route}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON
    }
    return { status: response.status, json };
  }
  async login(email: string, password: string): Promise<string> {
    const r = await this.call('POST', '/api/auth/login', null, JSON.stringify({ email, password }));
    if (r.status !== 200 || typeof r.json.accessToken !== 'string')
      throw new Error(`login ${email} answered ${r.status}`);
    return r.json.accessToken;
  }
  async healthy(): Promise<boolean> {
    try {
      return (await this.call('GET', '/api/health', null)).status === 200;
    } catch {
      return false;
    }
  }
}

async function pidOf(dataDir: string, name: string): Promise<number> {
  const raw = await readFile(path.join(dataDir, 'run', 'children.json'), 'utf8');
  const data = JSON.parse(raw) as { children: Array<{ name: string; pid: number }> };
  const child = data.children.filter((c) => c.name === name && isAlive(c.pid)).at(-1);
  if (child === undefined) throw new Error(`no running ${name} in the registry`);
  return child.pid;
}

function startLauncher(dataDir: string, port: number): { child: ChildProcess; lines: string[] } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), FORCE_BUILD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffer = '';
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      // The launcher's own lines (▸ / ✖), not the API's JSON log.
      if (/^[▸✖]/.test(line)) process.stdout.write(`  | ${line}\n`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return { child, lines };
}

export async function runSupervisionCheck(opts: { kills: number; keep: boolean }): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-supervision-'));
  const port = await freePort();
  process.stdout.write(`supervision check: DATA_DIR=${dataDir}, port ${port}\n`);
  const launcher = startLauncher(dataDir, port);
  const exited = new Promise<number | null>((resolve) => launcher.child.once('exit', resolve));
  const api = new Api(`http://127.0.0.1:${port}`);
  let pgCluster: string | null = null;
  try {
    const t0 = Date.now();
    while (!launcher.lines.some((l) => l.includes('is running'))) {
      if (launcher.child.exitCode !== null) throw new Error('the launcher exited during start-up');
      if (Date.now() - t0 > 300_000) throw new Error('the launcher did not start within 300 s');
      await sleep(200);
    }
    pgCluster = realpathSync(path.join(dataDir, 'postgres'));
    process.stdout.write(`  launcher up in ${Date.now() - t0} ms\n`);
    const admin = await api.login(DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD);
    const provider = await api.login(DEMO_PROVIDER.email, DEMO_PROVIDER.password);

    const published: Write[] = [];
    const failed: Array<{ at: number; status: number }> = [];
    let counter = 0;
    let writing = true;
    const writeOne = async (): Promise<void> => {
      const word = marker(counter++);
      try {
        const created = await api.call('POST', '/api/offerings', provider, offeringBody(word));
        if (created.status !== 201) throw new StatusError(created.status);
        const id = String(created.json.id);
        const submitted = await api.call('POST', `/api/offerings/${id}/submit`, provider);
        if (submitted.status !== 200) throw new StatusError(submitted.status);
        const approved = await api.call('POST', `/api/admin/offerings/${id}/approve`, admin, '{}');
        if (approved.status !== 200) throw new StatusError(approved.status);
        published.push({ id, marker: word, at: Date.now() });
      } catch (error) {
        failed.push({ at: Date.now(), status: error instanceof StatusError ? error.status : 0 });
      }
    };
    const writers = Array.from({ length: WRITERS }, async () => {
      while (writing) await writeOne();
    });

    const outages: Outage[] = [];
    const outage = async (service: Outage['service']): Promise<void> => {
      const pid = await pidOf(dataDir, service);
      const before503 = failed.length;
      const killedAt = Date.now();
      process.kill(pid, 'SIGKILL');
      await sleep(100);
      while (!(await api.healthy())) {
        if (Date.now() - killedAt > 120_000)
          throw new Error(`${service} did not come back in 120 s`);
        await sleep(50);
      }
      const recoveredAt = Date.now();
      check((await pidOf(dataDir, service)) !== pid, `${service} (pid ${pid}) was restarted`);
      outages.push({
        service,
        killedAt,
        recoveredMs: recoveredAt - killedAt,
        writesDuring: published.filter((w) => w.at >= killedAt && w.at <= recoveredAt).length,
        failedWritesDuring: failed.length - before503,
        status503: failed.slice(before503).filter((f) => f.status === 503).length,
      });
      await sleep(1500); // writes go on in between
    };

    await sleep(1500);
    for (let k = 0; k < opts.kills; k++) await outage('meilisearch');
    await outage('postgres');
    await sleep(1000);
    writing = false;
    await Promise.all(writers);

    for (const o of outages) {
      process.stdout.write(
        `  ${o.service} SIGKILL → healthy in ${o.recoveredMs} ms; ${o.writesDuring} offerings published meanwhile; ` +
          `${o.failedWritesDuring} writes refused (${o.status503} with 503)\n`,
      );
    }
    const meiliOutages = outages.filter((o) => o.service === 'meilisearch');
    check(
      meiliOutages.every((o) => o.failedWritesDuring === 0),
      'no write failed while Meilisearch was down',
    );
    const pgOutage = outages.find((o) => o.service === 'postgres');
    check(
      pgOutage !== undefined && pgOutage.failedWritesDuring === pgOutage.status503,
      'writes refused while PostgreSQL was down were all 503 (no 500)',
    );

    // Catch-up: every published offering must become findable.
    const t1 = Date.now();
    let missing = [...published];
    while (missing.length > 0 && Date.now() - t1 < 120_000) {
      const still: Write[] = [];
      for (const w of missing) {
        const r = await api.call('GET', `/api/search/offerings?q=${w.marker}&pageSize=5`, null);
        const items = Array.isArray(r.json.items) ? (r.json.items as Array<{ id?: unknown }>) : [];
        if (!items.some((item) => item.id === w.id)) still.push(w);
      }
      missing = still;
      if (missing.length > 0) await sleep(500);
    }
    process.stdout.write(
      `  ${published.length} offerings published (${failed.length} writes refused); caught up in ${Date.now() - t1} ms; lost = ${missing.length}\n`,
    );
    check(missing.length === 0, 'every published offering is findable after catch-up (lost = 0)');
    const restartLines = launcher.lines.filter((l) => l.includes('is running again'));
    check(
      restartLines.length === opts.kills + 1,
      `the launcher logged ${restartLines.length} restarts`,
    );
  } finally {
    if (launcher.child.exitCode === null) launcher.child.kill('SIGINT');
    const code = await Promise.race([exited, sleep(60_000).then(() => 'timeout' as const)]);
    check(code === 0, `Ctrl-C (SIGINT) stopped the launcher with exit code ${String(code)}`);
    await sleep(500);
    const leftovers = findProcesses(
      (argv, pid) =>
        argv.some((a) => a.includes(dataDir)) || (pgCluster !== null && readCwd(pid) === pgCluster),
    );
    check(leftovers.length === 0, `nothing left running (${leftovers.join(', ') || 'none'})`);
    if (!opts.keep) await rm(dataDir, { recursive: true, force: true });
    if (!opts.keep && pgCluster !== null && !pgCluster.startsWith(dataDir))
      await rm(path.dirname(pgCluster), { recursive: true, force: true });
  }
}
