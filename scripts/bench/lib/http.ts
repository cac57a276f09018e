/**
 * A small HTTP/1.1 client over keep-alive agents (one per measured pool), plus a fixed
 * concurrency load runner with latency percentiles. Bodies are kept as Buffers; nothing is
 * parsed on the hot path unless a caller asks.
 */
import http from 'node:http';

export interface HttpResult {
  status: number;
  body: Buffer;
  ms: number;
}

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const REQUEST_TIMEOUT_MS = 30_000;

export class HttpClient {
  readonly agent: http.Agent;
  private readonly url: URL;

  constructor(
    base: string,
    maxSockets: number,
    private readonly signal?: AbortSignal,
  ) {
    this.url = new URL(base);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request(spec: RequestSpec): Promise<HttpResult> {
    return new Promise<HttpResult>((resolve, reject) => {
      const started = performance.now();
      const headers: Record<string, string> = { accept: 'application/json', ...spec.headers };
      if (spec.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        headers['content-length'] = String(Buffer.byteLength(spec.body));
      }
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method: spec.method,
          path: spec.path,
          headers,
          agent: this.agent,
          signal: this.signal,
          timeout: REQUEST_TIMEOUT_MS,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks),
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${spec.method} ${spec.path} timed out`)));
      req.on('error', reject);
      if (spec.body !== undefined) req.write(spec.body);
      req.end();
    });
  }

  /** JSON request that must answer `expect` (default 200); returns the parsed body. */
  async json(spec: RequestSpec & { token?: string; expect?: number }): Promise<unknown> {
    const headers = { ...spec.headers };
    if (spec.token !== undefined) headers.authorization = `Bearer ${spec.token}`;
    const res = await this.request({ ...spec, headers });
    const text = res.body.toString('utf8');
    if (res.status !== (spec.expect ?? 200)) {
      throw new Error(
        `${spec.method} ${spec.path} answered ${res.status} (expected ${spec.expect ?? 200}): ${text.slice(0, 500)}`,
      );
    }
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  close(): void {
    this.agent.destroy();
  }
}

// ── Statistics ──────────────────────────────────────────────────────────────────────────

/** Nearest-rank percentile of an ascending array (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface LatencyStats {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Completed requests per second over the measured wall time. */
  rps: number;
  wallMs: number;
}

export function summarise(
  latencies: readonly number[],
  wallMs: number,
  errors: number,
): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1],
    rps: wallMs > 0 ? (sorted.length / wallMs) * 1000 : 0,
    wallMs,
  };
}

// ── Fixed-concurrency runner ───────────────────────────────────────────────────────────

export interface Sample {
  /** Which item of the workload (e.g. query index). */
  item: number;
  ms: number;
  ok: boolean;
}

export interface RunOptions {
  concurrency: number;
  /** Requests before measuring (not recorded). */
  warmup: number;
  /** Measured requests. */
  requests: number;
  /** Stop issuing new requests after this long (measured part); the run is then shorter. */
  maxMs: number;
  signal?: AbortSignal;
}

export interface RunResult {
  samples: Sample[];
  stats: LatencyStats;
  /** True when maxMs cut the run short. */
  truncated: boolean;
}

/**
 * Runs `op(i)` for i = 0, 1, 2, … with `concurrency` workers: warm-up first (same order, not
 * recorded), then the measured requests. `op` returns its own latency (ms) and success.
 */
export async function runFixedConcurrency(
  opts: RunOptions,
  op: (i: number) => Promise<{ ms: number; ok: boolean }>,
): Promise<RunResult> {
  const aborted = (): boolean => opts.signal?.aborted === true;
  const pass = async (
    count: number,
    record: Sample[] | null,
    deadline: number,
  ): Promise<boolean> => {
    let next = 0;
    let truncated = false;
    const worker = async (): Promise<void> => {
      for (;;) {
        if (aborted()) throw new Error('interrupted');
        if (next >= count) return;
        if (performance.now() > deadline) {
          truncated = true;
          return;
        }
        const i = next;
        next += 1;
        let sample: { ms: number; ok: boolean };
        try {
          sample = await op(i);
        } catch (error) {
          if (aborted()) throw error;
          sample = { ms: Number.NaN, ok: false };
        }
        record?.push({ item: i, ...sample });
      }
    };
    await Promise.all(Array.from({ length: opts.concurrency }, () => worker()));
    return truncated;
  };
  await pass(opts.warmup, null, performance.now() + opts.maxMs);
  const samples: Sample[] = [];
  const started = performance.now();
  const truncated = await pass(opts.requests, samples, started + opts.maxMs);
  const wallMs = performance.now() - started;
  const ok = samples.filter((s) => s.ok);
  return {
    samples,
    stats: summarise(
      ok.map((s) => s.ms),
      wallMs,
      samples.length - ok.length,
    ),
    truncated,
  };
}
