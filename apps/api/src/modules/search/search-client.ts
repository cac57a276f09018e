import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  type Config,
  type EnqueuedTaskPromise,
  type Index,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  type Task,
} from 'meilisearch';
import { Logger } from '../../common/logging/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

/**
 * The one door to Meilisearch. Everything else talks to this provider, so tests and the
 * index-sync code can rely on one place for timeouts, index naming and task checking.
 */
@Injectable()
export class SearchClient implements OnModuleInit {
  /** Writes: documents, settings, tasks, index swaps (MEILI_ADMIN_KEY, else the master key). */
  readonly client: Meilisearch;
  /** Queries, with a search-only key once it is known (see `queries`). */
  private queryClient: Meilisearch | undefined;
  private readonly writeKey: string | undefined;
  private readonly logger = new Logger('search-client');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.writeKey = config.meiliAdminKey ?? config.meiliMasterKey;
    this.client = this.connect(this.writeKey);
    if (config.meiliSearchKey !== undefined)
      this.queryClient = this.connectQueries(config.meiliSearchKey);
    else if (this.writeKey === undefined) this.queryClient = this.connectQueries(undefined); // no keys at all (dev)
  }

  private connect(apiKey: string | undefined, httpClient?: Config['httpClient']): Meilisearch {
    return new Meilisearch({
      host: this.config.meiliUrl,
      ...(apiKey !== undefined ? { apiKey } : {}),
      timeout: 5000,
      // fetch asks for gzip/br by default; Meilisearch's compressed, chunked answers then stall
      // ~40 ms on delayed ACKs (docs/benchmarks.md, finding 1). Uncompressed is faster here.
      requestInit: { headers: { 'accept-encoding': 'identity' } },
      ...(httpClient !== undefined ? { httpClient } : {}),
    });
  }

  /**
   * The client for searches sends them over `node:http` with a keep-alive agent instead of the
   * global `fetch`: in a CPU profile of the API under search load, undici's fetch (web streams,
   * TextDecoder, abort-signal plumbing) was the largest part of the API's own work per request,
   * and decoding the answer of a 300-candidate matching query alone ~10 % (docs/benchmarks.md,
   * finding 5). Errors keep their meaning: see `meiliTransport` and `unwrapQueryError`.
   */
  private connectQueries(apiKey: string | undefined): Meilisearch {
    return this.connect(apiKey, meiliTransport(this.config.meiliUrl));
  }

  /** Finds the search-only key at start-up; Meilisearch being down only defers it. */
  async onModuleInit(): Promise<void> {
    await this.queries().catch(() => undefined);
  }

  /**
   * The client for queries: never the master or admin key. Without MEILI_SEARCH_KEY the key is
   * read through /keys with the write key: a key whose only action is `search` on every index
   * (Meilisearch's "Default Search API Key"), else one created for the API. Until it is known
   * (Meilisearch down at start-up) every query tries again, and fails as search is down.
   */
  async queries(): Promise<Meilisearch> {
    if (this.queryClient !== undefined) return this.queryClient;
    let found: { key: string };
    try {
      const { results } = await this.client.getKeys({ limit: 1000 });
      const only = (k: { actions: string[]; indexes: string[]; expiresAt: unknown }) =>
        k.actions.length === 1 &&
        k.actions[0] === 'search' &&
        k.indexes.includes('*') &&
        k.expiresAt === null;
      found =
        results.find(only) ??
        (await this.client.createKey({
          name: 'toolbox-api-search',
          description: 'Search-only key of the toolbox API (created at start-up)',
          actions: ['search'],
          indexes: ['*'],
          expiresAt: null,
        }));
    } catch (e) {
      if (!(e instanceof MeilisearchApiError)) throw e; // Meilisearch down: the next query retries
      // The write key may not read /keys: queries keep working, with the write key.
      this.logger.warn(
        { err: e.message },
        'no search-only Meilisearch key could be read or created; set MEILI_SEARCH_KEY',
      );
      this.queryClient = this.connectQueries(this.writeKey);
      return this.queryClient;
    }
    this.queryClient = this.connectQueries(found.key);
    return this.queryClient;
  }

  /** An index to query, through the search-only client. */
  async queryIndex<T extends Record<string, unknown>>(name: string): Promise<Index<T>> {
    return (await this.queries()).index<T>(this.indexUid(name));
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

/** At most this many connections to Meilisearch per agent (the API's queries in flight). */
const MAX_SOCKETS = 64;

/**
 * A `fetch` stand-in for the meilisearch client (its `httpClient` option): one request over
 * `node:http(s)` with a keep-alive agent, answering the parsed JSON body. A non-2xx answer
 * rejects with the MeilisearchApiError the client would have thrown (the client then wraps every
 * rejection in a MeilisearchRequestError: `unwrapQueryError` takes it out again); an abort (the
 * client's timeout) rejects with the signal's reason, which the client maps to its timeout error.
 * A request on a reused keep-alive socket that the server had just closed is sent once more.
 */
export function meiliTransport(host: string): NonNullable<Config['httpClient']> {
  const secure = new URL(host).protocol === 'https:';
  const agent = secure
    ? new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS })
    : new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const request = secure ? https.request : http.request;
  return (input, init = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const url =
        input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const body = init.body;
      if (body !== undefined && body !== null && typeof body !== 'string') {
        reject(new TypeError('the Meilisearch transport sends string bodies only'));
        return;
      }
      if (typeof body === 'string') headers['content-length'] = String(Buffer.byteLength(body));
      const signal = init.signal ?? undefined;
      if (signal?.aborted === true) {
        // The client's own timeout reason (a symbol), which it turns into its timeout error.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(signal.reason);
        return;
      }
      let req: http.ClientRequest | undefined;
      const onAbort = (): void => {
        req?.destroy();
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      const send = (retried: boolean): void => {
        const sent = request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', (e) => {
            settle();
            reject(e);
          });
          res.on('end', () => {
            settle();
            const status = res.statusCode ?? 0;
            let parsed: unknown;
            try {
              const text = Buffer.concat(chunks).toString('utf8');
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch (e) {
              reject(e instanceof Error ? e : new Error(String(e)));
              return;
            }
            if (status >= 200 && status < 300) {
              resolve(parsed);
              return;
            }
            const response = new Response(null, {
              status: status >= 200 && status <= 599 ? status : 502,
              statusText: res.statusMessage ?? '',
            });
            reject(
              new MeilisearchApiError(
                response,
                parsed as ConstructorParameters<typeof MeilisearchApiError>[1],
              ),
            );
          });
        });
        req = sent;
        sent.on('error', (e: NodeJS.ErrnoException) => {
          // A kept-alive socket the server closed just as it was reused: send once more on a
          // fresh one (the Node.js documentation's pattern; searches change nothing).
          if (
            !retried &&
            sent.reusedSocket &&
            e.code === 'ECONNRESET' &&
            signal?.aborted !== true
          ) {
            send(true);
            return;
          }
          settle();
          reject(e);
        });
        sent.end(body ?? undefined);
      };
      send(false);
    });
}

/**
 * What a query through `meiliTransport` failed with, as the default `fetch` path reports it:
 * Meilisearch's own answer (MeilisearchApiError: bad filter, index not found) unwrapped from the
 * MeilisearchRequestError the client wraps around anything its `httpClient` throws; network
 * failures and timeouts stay as they are (search unavailable).
 */
export function unwrapQueryError(e: unknown): unknown {
  return e instanceof MeilisearchRequestError && e.cause instanceof MeilisearchApiError
    ? e.cause
    : e;
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
