import { Inject, Injectable } from '@nestjs/common';
import { type EnqueuedTaskPromise, type Index, Meilisearch, type Task } from 'meilisearch';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * The one door to Meilisearch. Everything else talks to this provider, so tests and the
 * index-sync code can rely on one place for timeouts, index naming and task checking.
 */
@Injectable()
export class SearchClient {
  readonly client: Meilisearch;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: config.meiliUrl,
      ...(config.meiliMasterKey !== undefined ? { apiKey: config.meiliMasterKey } : {}),
      timeout: 5000,
      // fetch asks for gzip/br by default; Meilisearch's compressed, chunked answers then stall
      // ~40 ms on delayed ACKs (docs/benchmarks.md, finding 1). Uncompressed is faster here.
      requestInit: { headers: { 'accept-encoding': 'identity' } },
    });
  }

  /** Index uid with the configured prefix (tests isolate themselves with MEILI_INDEX_PREFIX). */
  indexUid(name: string): string {
    return `${this.config.meiliIndexPrefix}${name}`;
  }

  index<T extends Record<string, unknown>>(name: string): Index<T> {
    return this.client.index<T>(this.indexUid(name));
  }

  /**
   * Waits for a Meilisearch task and checks its final status: a task can fail silently, so a
   * failed or canceled one throws SearchTaskError with Meilisearch's own message. Polls itself
   * (the client's waitTask adds an abort listener per poll to one signal: thousands during a
   * long reindex batch).
   */
  async waitOk(task: EnqueuedTaskPromise, timeoutMs = 60_000, intervalMs = 25): Promise<Task> {
    const { taskUid } = await task;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const done = await this.client.tasks.getTask(taskUid);
      if (done.status === 'succeeded') return done;
      if (done.status === 'failed' || done.status === 'canceled') {
        throw new SearchTaskError(
          `Meilisearch task ${done.uid} (${done.type}) ${done.status}: ${done.error?.message ?? 'no reason given'}`,
          done.error?.code ?? null,
        );
      }
      if (Date.now() >= deadline) {
        throw new SearchTimeoutError(
          `Meilisearch task ${taskUid} (${done.type}) not done after ${timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  async isHealthy(timeoutMs = 2000): Promise<boolean> {
    try {
      const res = await withTimeout(this.client.health(), timeoutMs);
      return res.status === 'available';
    } catch {
      return false;
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** A Meilisearch task that finished without success (bad document, bad settings, …). */
export class SearchTaskError extends Error {
  constructor(
    message: string,
    readonly meiliCode: string | null,
  ) {
    super(message);
    this.name = 'SearchTaskError';
  }
}

/** A Meilisearch task still not done when its caller stopped waiting (Meilisearch is busy). */
export class SearchTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchTimeoutError';
  }
}
