/**
 * Opt-in experiments behind the proposals in docs/benchmarks.md (`--index-experiments`):
 * index the same raw documents into separate, throw-away Meilisearch servers (same verified
 * binary as the stack, own temp database, own port) with other indexing threads or settings.
 * Nothing here touches the stack's own Meilisearch or the API.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';

import type { Settings } from 'meilisearch';

import { ensureMeiliBinary } from '../../lib/meilisearch.js';
import { freePort } from '../../lib/services.js';
import { HttpClient, percentile } from './http.js';
import { CpuMeter } from './machine.js';
import { durationMs, MeiliDirect, timeline } from './meili.js';

export interface IndexVariant {
  label: string;
  /** --max-indexing-threads; null = Meilisearch's default. */
  threads: number | null;
  /** --max-indexing-memory; null = Meilisearch's default (two thirds of the RAM). */
  memory: string | null;
  settings: Settings;
  /** Which documents: as the API indexes them, or as before ADR 0007 (whole descriptions). */
  documents: 'production' | 'full-text';
  /** How many document batches (of 2000) to index. */
  batches: number;
  /** At most this many batches enqueued and not yet indexed; null = all at once. */
  window: number | null;
  /** Then this many one-document updates, one at a time (like approvals through the relay). */
  singleUpdates?: number;
}

export interface SingleUpdateStats {
  n: number;
  /** Enqueue → task seen succeeded (polled every 10 ms), ms. */
  p50: number;
  p95: number;
  max: number;
  /** Meilisearch's own task duration, ms. */
  durationP50: number;
  durationP95: number;
  durationMax: number;
  /** Every update in order: [enqueue → succeeded, task duration], ms. */
  samples: [number, number][];
}

export interface IndexExperiment {
  label: string;
  threads: string;
  memory: string;
  window: string;
  documents: number;
  ms: number;
  autobatches: number;
  meiliCores: number;
  /** Cores used by everything else on the machine meanwhile. */
  othersCores: number;
  single: SingleUpdateStats | null;
}

const children = new Set<ChildProcess>();

/** Stops every experiment server still running (called from the benchmark's cleanup). */
export async function stopExperimentServers(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)));
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      children.delete(child);
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      children.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startServer(
  binary: string,
  dbPath: string,
  key: string,
  threads: number | null,
  memory: string | null,
  signal: AbortSignal,
): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const args = [
    '--db-path',
    dbPath,
    '--http-addr',
    `127.0.0.1:${port}`,
    '--env',
    'development',
    '--no-analytics',
    ...(threads !== null ? ['--max-indexing-threads', String(threads)] : []),
    ...(memory !== null ? ['--max-indexing-memory', memory] : []),
  ];
  const env: NodeJS.ProcessEnv = { MEILI_MASTER_KEY: key };
  for (const name of ['PATH', 'HOME', 'TZ', 'TMPDIR']) {
    const v = process.env[name];
    if (v !== undefined) env[name] = v;
  }
  const child = spawn(binary, args, { env, stdio: 'ignore' });
  children.add(child);
  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 30_000;
  for (;;) {
    if (signal.aborted) throw new Error('interrupted');
    if (child.exitCode !== null)
      throw new Error(`experiment Meilisearch exited (${child.exitCode})`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    if (performance.now() > deadline)
      throw new Error('experiment Meilisearch did not start in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One-document updates of an indexed index, one at a time with 300 ms of idle between them:
 * what the outbox relay does after an approval.
 */
async function singleUpdates(
  meili: MeiliDirect,
  uid: string,
  firstBatch: string,
  n: number,
  signal: AbortSignal,
): Promise<SingleUpdateStats> {
  const docs = JSON.parse(firstBatch) as Record<string, unknown>[];
  const wall: number[] = [];
  const own: number[] = [];
  for (let k = 0; k < n && k < docs.length; k += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const doc = { ...docs[k], title: `${String(docs[k].title)} u${k}` };
    const started = performance.now();
    const task = await meili.taskUid(
      await meili.call('POST', `/indexes/${uid}/documents?primaryKey=id`, [doc]),
    );
    for (;;) {
      if (signal.aborted) throw new Error('interrupted');
      const t = (await meili.call('GET', `/tasks/${task}`)) as {
        status: string;
        duration: string | null;
      };
      if (t.status === 'succeeded') {
        wall.push(performance.now() - started);
        own.push(durationMs(t.duration));
        break;
      }
      if (t.status === 'failed' || t.status === 'canceled')
        throw new Error(`update task ${task} ${t.status}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  const w = [...wall].sort((a, b) => a - b);
  const d = [...own].sort((a, b) => a - b);
  return {
    n: w.length,
    p50: percentile(w, 50),
    p95: percentile(w, 95),
    max: w[w.length - 1] ?? Number.NaN,
    durationP50: percentile(d, 50),
    durationP95: percentile(d, 95),
    durationMax: d[d.length - 1] ?? Number.NaN,
    samples: wall.map((x, i): [number, number] => [Math.round(x), Math.round(own[i] ?? 0)]),
  };
}

/** Runs each variant on a fresh server and database; returns wall time and CPU per variant. */
export async function runIndexExperiments(opts: {
  meiliDataDir: string;
  key: string;
  batches: Readonly<Record<IndexVariant['documents'], readonly string[]>>;
  variants: readonly IndexVariant[];
  signal: AbortSignal;
  say: (m: string) => void;
}): Promise<IndexExperiment[]> {
  const binary = await ensureMeiliBinary(opts.meiliDataDir);
  const out: IndexExperiment[] = [];
  for (const v of opts.variants) {
    const dir = await mkdtemp(path.join(opts.meiliDataDir, 'experiment-'));
    const { child, url } = await startServer(
      binary,
      path.join(dir, 'data.ms'),
      opts.key,
      v.threads,
      v.memory,
      opts.signal,
    );
    const http = new HttpClient(url, 4, opts.signal);
    try {
      const meili = new MeiliDirect(http, opts.key);
      const uid = 'experiment';
      await meili.waitTask(
        await meili.taskUid(await meili.call('POST', '/indexes', { uid, primaryKey: 'id' })),
        60_000,
        opts.signal,
      );
      await meili.waitTask(
        await meili.taskUid(await meili.call('PATCH', `/indexes/${uid}/settings`, v.settings)),
        120_000,
        opts.signal,
      );
      const cpu = new CpuMeter({ meilisearch: child.pid ?? null });
      const before = cpu.snapshot();
      const started = performance.now();
      const uids: number[] = [];
      const batches = opts.batches[v.documents].slice(0, v.batches);
      for (const body of batches) {
        uids.push(
          await meili.taskUid(
            await meili.call('POST', `/indexes/${uid}/documents?primaryKey=id`, body),
          ),
        );
        // Like ReindexService: wait for the oldest task once the window is full.
        if (v.window !== null && uids.length >= v.window) {
          await meili.waitTask(uids[uids.length - v.window], 600_000, opts.signal);
        }
      }
      await meili.waitTask(uids[uids.length - 1], 600_000, opts.signal);
      const ms = performance.now() - started;
      const usage = cpu.usage(before, cpu.snapshot());
      const tasks = await meili.tasks(`uids=${uids.join(',')}`);
      const failed = tasks.filter((t) => t.status !== 'succeeded');
      if (failed.length > 0) throw new Error(`${v.label}: ${failed.length} tasks failed`);
      const t = timeline(tasks);
      const single =
        v.singleUpdates !== undefined && v.singleUpdates > 0
          ? await singleUpdates(meili, uid, batches[0] ?? '[]', v.singleUpdates, opts.signal)
          : null;
      out.push({
        label: v.label,
        threads: v.threads === null ? 'default' : String(v.threads),
        memory: v.memory ?? 'default',
        window: v.window === null ? 'all' : String(v.window),
        documents: t.documents,
        ms,
        autobatches: t.batches,
        meiliCores: usage.cores.meilisearch,
        othersCores: usage.cores.others,
        single,
      });
      opts.say(
        `  ${v.label}: ${t.documents} documents in ${(ms / 1000).toFixed(1)} s, Meilisearch used ${usage.cores.meilisearch.toFixed(2)} cores, others ${usage.cores.others.toFixed(2)}${single === null ? '' : `; one-document updates p50 ${single.p50.toFixed(0)} ms, p95 ${single.p95.toFixed(0)} ms, max ${single.max.toFixed(0)} ms`}`,
      );
    } finally {
      http.close();
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    }
  }
  return out;
}
