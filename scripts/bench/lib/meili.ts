/** Direct Meilisearch calls for the baselines and for reading task timings. */
import type { HttpClient } from './http.js';

export interface MeiliTask {
  uid: number;
  indexUid: string | null;
  status: string;
  type: string;
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  duration: string | null;
  batchUid: number | null;
  error: { message?: string } | null;
  details: Record<string, unknown> | null;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** ISO-8601 timestamp with nanoseconds → epoch ms (fraction kept to the microsecond). */
export function isoMs(ts: string): number {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(ts);
  if (m === null) return Date.parse(ts);
  const frac = (m[2] ?? '').padEnd(6, '0').slice(0, 6);
  return Date.parse(`${m[1]}${m[3]}`) + Number(frac) / 1000;
}

/** ISO-8601 duration such as PT1.234S or PT1M2.5S → ms. */
export function durationMs(d: string | null): number {
  if (d === null) return 0;
  const m = /^P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(d);
  if (m === null) return 0;
  return (
    ((Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 60_000 +
    Number(m[4] ?? 0) * 1000
  );
}

export class MeiliDirect {
  private readonly auth: Record<string, string>;

  constructor(
    readonly http: HttpClient,
    key: string,
  ) {
    this.auth = { authorization: `Bearer ${key}` };
  }

  async call(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    expect = [200, 202],
  ): Promise<unknown> {
    const res = await this.http.request({
      method,
      path,
      headers: this.auth,
      ...(body !== undefined
        ? { body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) }
        : {}),
    });
    const text = res.body.toString('utf8');
    if (!expect.includes(res.status)) {
      throw new Error(
        `Meilisearch ${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`,
      );
    }
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  /** A search request, timed; `empty` tells whether it found no hits. */
  async search(
    index: string,
    body: string,
  ): Promise<{ ms: number; ok: boolean; empty: boolean; bytes: number; raw: Buffer }> {
    const res = await this.http.request({
      method: 'POST',
      path: `/indexes/${index}/search`,
      headers: this.auth,
      body,
    });
    return {
      ms: res.ms,
      ok: res.status === 200,
      empty: res.body.includes('"hits":[]'),
      bytes: res.body.length,
      raw: res.body,
    };
  }

  async taskUid(x: unknown): Promise<number> {
    if (isRecord(x) && typeof x.taskUid === 'number') return x.taskUid;
    throw new Error(`Meilisearch answered without a taskUid: ${JSON.stringify(x)}`);
  }

  async waitTask(uid: number, timeoutMs: number, signal?: AbortSignal): Promise<MeiliTask> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      if (signal?.aborted === true) throw new Error('interrupted');
      const task = (await this.call('GET', `/tasks/${uid}`)) as MeiliTask;
      if (task.status === 'succeeded') return task;
      if (task.status === 'failed' || task.status === 'canceled') {
        throw new Error(
          `Meilisearch task ${uid} (${task.type}) ${task.status}: ${task.error?.message ?? ''}`,
        );
      }
      if (performance.now() > deadline)
        throw new Error(`Meilisearch task ${uid} not done after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Every task matching the query string (follows `next`). */
  async tasks(query: string): Promise<MeiliTask[]> {
    const out: MeiliTask[] = [];
    let from: number | null = null;
    for (;;) {
      const page = await this.call(
        'GET',
        `/tasks?limit=1000&${query}${from !== null ? `&from=${from}` : ''}`,
      );
      if (!isRecord(page) || !Array.isArray(page.results)) break;
      out.push(...(page.results as MeiliTask[]));
      if (typeof page.next !== 'number') break;
      from = page.next;
    }
    return out.sort((a, b) => a.uid - b.uid);
  }
}

export interface TaskTimeline {
  tasks: number;
  documents: number;
  /** First enqueued → last finished. */
  spanMs: number;
  /** Union of [startedAt, finishedAt] of the tasks: Meilisearch actually indexing. */
  busyMs: number;
  /** Sum of the tasks' own durations (tasks of one autobatch share the batch time). */
  sumDurationMs: number;
  /** Distinct autobatches that processed them. */
  batches: number;
  /** Mean time from a task's finish to the next task's enqueue (client-side work between). */
  meanGapMs: number;
}

/** Timeline of document tasks: how long Meilisearch was busy vs. waiting for the client. */
export function timeline(tasks: readonly MeiliTask[]): TaskTimeline {
  const done = tasks.filter((t) => t.startedAt !== null && t.finishedAt !== null);
  const intervals = done
    .map((t) => [isoMs(t.startedAt as string), isoMs(t.finishedAt as string)] as const)
    .sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const [s, e] of intervals) {
    if (Number.isNaN(curStart) || s > curEnd) {
      if (!Number.isNaN(curStart)) busy += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else {
      curEnd = Math.max(curEnd, e);
    }
  }
  if (!Number.isNaN(curStart)) busy += curEnd - curStart;
  const enq = done.map((t) => isoMs(t.enqueuedAt));
  const fin = done.map((t) => isoMs(t.finishedAt as string));
  const gaps: number[] = [];
  // Negative when tasks were enqueued up front (nothing waited for the client): counted as 0.
  for (let i = 1; i < done.length; i += 1) gaps.push(Math.max(0, enq[i] - fin[i - 1]));
  const documents = done.reduce((sum, t) => {
    const n = t.details?.indexedDocuments ?? t.details?.receivedDocuments;
    return sum + (typeof n === 'number' ? n : 0);
  }, 0);
  return {
    tasks: done.length,
    documents,
    spanMs: done.length === 0 ? 0 : Math.max(...fin) - Math.min(...enq),
    busyMs: busy,
    sumDurationMs: done.reduce((sum, t) => sum + durationMs(t.duration), 0),
    batches: new Set(done.map((t) => t.batchUid)).size,
    meanGapMs: gaps.length === 0 ? 0 : gaps.reduce((a, b) => a + b, 0) / gaps.length,
  };
}
