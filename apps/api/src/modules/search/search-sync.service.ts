import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type EnqueuedTaskPromise, MeilisearchApiError } from 'meilisearch';
import { DataSource, type EntityManager } from 'typeorm';
import { Logger } from '../../common/logging/logger.js';
import { isDependencyDown } from '../../common/errors/dependency-errors.js';
import { type IndexableOffering, OfferingEvents, OfferingReader } from '../catalogue/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import {
  OFFERING_INDEX_SETTINGS,
  OFFERINGS_INDEX,
  type OfferingDocument,
  toOfferingDocument,
} from '@toolbox/search';
import { SearchClient, SearchTaskError, SearchTimeoutError } from './search-client.js';

/** A row that failed this many times for a reason other than Meilisearch being unreachable is parked. */
export const MAX_ATTEMPTS = 6;
const BATCH = 200;
const POLL_MS = 250;
/** The longest pause of a relay that keeps failing because Meilisearch is down or failing. */
const MAX_BACKOFF_MS = 30_000;
/**
 * The longest pause while PostgreSQL is unreachable: probing it is one refused connection, and
 * the relay must follow the API back within seconds when it returns.
 */
const MAX_DB_BACKOFF_MS = 5_000;
/**
 * How long a relay owns the rows it claimed. Longer than a batch can take (Meilisearch tasks
 * are awaited for at most a minute each), so a live relay keeps its rows; a crashed relay's
 * rows become claimable again after it.
 */
export const LEASE_MS = 120_000;
/**
 * Transaction-level advisory lock taken by every claim and by every reindex phase change, so a
 * claim sees the reindex state as it is (docs/adr/0010). Held for a few statements only.
 */
export const CLAIM_LOCK = 0x5eac4;
/** Session-level advisory lock held by the one running reindex (any process). */
export const REINDEX_LOCK = 0x5eac5;

export function backoffMs(attempts: number): number {
  return Math.min(30_000, 200 * 2 ** attempts);
}

/** What a failing relay waits for: PostgreSQL, or Meilisearch (and anything else). */
export type RelayFailure = 'database' | 'search';

/** Delay before the next relay run after `failures` failed runs in a row. */
export function relayBackoffMs(failures: number, cause: RelayFailure = 'search'): number {
  if (failures === 0) return POLL_MS;
  const cap = cause === 'database' ? MAX_DB_BACKOFF_MS : MAX_BACKOFF_MS;
  return Math.min(cap, POLL_MS * 2 ** (failures - 1));
}

/**
 * True when Meilisearch could not be reached or did not answer in time (network errors, 5xx,
 * request and task timeouts): the rows wait without counting an attempt. Anything else (a
 * failed task, a 4xx) is the request's fault and counts towards parking.
 */
export function isSearchUnreachable(e: unknown): boolean {
  if (isDependencyDown(e) || e instanceof SearchTimeoutError) return true;
  if (e instanceof MeilisearchApiError) return e.response.status >= 500;
  if (e instanceof Error && e.name === 'MeilisearchTaskTimeOutError') return true;
  return false;
}

interface ClaimedRow {
  id: string;
  offeringId: string;
  attempts: number;
}

/** Thrown out of a run to back off: Meilisearch is unreachable (logged as such, not as a bug). */
class SearchUnreachable extends Error {}

/**
 * The outbox relay. PostgreSQL is the source of truth: every change that affects search writes
 * an outbox row in its own transaction (OfferingEvents), and this relay sends the offering's
 * current state (upsert when published, delete otherwise), checks each task's final status,
 * retries with backoff, and parks rows that keep failing. Meilisearch being down never fails a
 * write: rows wait and the index catches up when it is back.
 *
 * Several relays (API instances, the CLI) may run at once (docs/adr/0010): each claims rows
 * with a lease in a short transaction, applies them with no transaction open, and deletes them
 * (or records the failure) in a second one. Rows of an offering another relay holds are left
 * alone, so no two relays send the same offering at once. While a reindex runs anywhere, the
 * claim records the offerings for its catch-up, and during its swap no relay claims anything.
 */
@Injectable()
export class SearchSyncService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('search-sync');
  /** This relay's identity in claims. */
  readonly relayId = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private paused = 0;
  private indexReady = false;
  /** Failed runs in a row (PostgreSQL or Meilisearch down): the relay backs off. */
  private failures = 0;
  private failureCause: RelayFailure = 'search';
  private failingSince = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly offerings: OfferingReader,
    events: OfferingEvents,
  ) {
    events.subscribe((em, o) => this.enqueue(em, o.id));
    events.subscribeMany((em, ids) => this.enqueueIn(em, ids));
    events.subscribeProvider(async (em, providerId) =>
      this.enqueueIn(em, await this.offerings.publishedIdsOfProvider(providerId, em)),
    );
    events.onCommitted(() => this.kick());
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    await this.running;
  }

  /** Queues many offerings inside the caller's transaction, in bounded inserts. */
  private async enqueueIn(em: EntityManager, ids: readonly string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await em
        .getRepository(SearchOutboxEntity)
        .insert(chunk.map((offeringId) => ({ offeringId })));
    }
  }

  /** Records that an offering's searchable state changed (inside the caller's transaction). */
  async enqueue(em: EntityManager, offeringId: string): Promise<void> {
    await em.getRepository(SearchOutboxEntity).insert({ offeringId });
  }

  async enqueueMany(offeringIds: readonly string[]): Promise<void> {
    if (offeringIds.length === 0) return;
    for (let i = 0; i < offeringIds.length; i += 500) {
      await this.dataSource
        .getRepository(SearchOutboxEntity)
        .insert(offeringIds.slice(i, i + 500).map((offeringId) => ({ offeringId })));
    }
    this.kick();
  }

  /**
   * Run the relay now (after a commit). A relay backing off because Meilisearch is down keeps
   * its pause; one backing off because PostgreSQL was unreachable runs now, since a commit
   * proves PostgreSQL is back.
   */
  kick(): void {
    if (this.failures > 0 && this.failureCause !== 'database') return;
    this.schedule(0);
  }

  /** The index is missing or lacks its settings (seen by a query): re-apply them on the next run. */
  markIndexStale(): void {
    this.indexReady = false;
    this.kick();
  }

  /** Holds this process's relay; resumes with `resume()`. */
  async pause(): Promise<void> {
    this.paused++;
    await this.running;
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
    this.kick();
  }

  /** Failed relay runs in a row (0 when healthy). */
  consecutiveFailures(): number {
    return this.failures;
  }

  /** Creates the index if needed and applies the settings in code (before any document). */
  async ensureIndex(uid = this.search.indexUid(OFFERINGS_INDEX)): Promise<void> {
    const client = this.search.client;
    const exists = await client.getIndex(uid).then(
      () => true,
      (e: unknown) => {
        if (isSearchUnreachable(e)) throw e;
        return false;
      },
    );
    if (!exists) await this.search.waitOk(client.createIndex(uid, { primaryKey: 'id' }));
    await this.search.waitOk(client.index(uid).updateSettings(OFFERING_INDEX_SETTINGS), 120_000);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.running !== undefined) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.drain()
        .then(
          () => this.succeeded(),
          (e: unknown) => this.failed(e),
        )
        .finally(() => {
          this.running = undefined;
          const next =
            this.again && this.failures === 0
              ? 0
              : relayBackoffMs(this.failures, this.failureCause);
          this.again = false;
          this.schedule(next);
        });
    }, delay);
  }

  /** Logged once when the relay starts failing, once when it recovers (with the count). */
  private failed(e: unknown): void {
    this.failures++;
    this.failureCause =
      !(e instanceof SearchUnreachable) && isDependencyDown(e) ? 'database' : 'search';
    if (this.failures === 1) {
      this.failingSince = Date.now();
      if (e instanceof SearchUnreachable) {
        this.logger.warn({ err: e.message }, 'Meilisearch unreachable; relay backing off');
      } else if (isDependencyDown(e)) {
        this.logger.warn({ err: errorText(e) }, 'PostgreSQL unreachable; relay backing off');
      } else {
        this.logger.error({ err: e }, 'relay failed; backing off');
      }
    }
  }

  private succeeded(): void {
    if (this.failures === 0) return;
    this.logger.info(
      { failedRuns: this.failures, downMs: Date.now() - this.failingSince },
      'relay recovered',
    );
    this.failures = 0;
  }

  /** Sends due rows until none are left; throws (to back off) when a dependency is down. */
  async drain(): Promise<void> {
    if (this.paused > 0) return;
    if (!this.indexReady) {
      try {
        await this.ensureIndex();
        this.indexReady = true;
      } catch (e) {
        throw new SearchUnreachable(`search index not ready: ${errorText(e)}`);
      }
    }
    for (;;) {
      if (this.stopped || this.paused > 0) return;
      const sent = await this.relayBatch();
      if (sent === 'unreachable') throw new SearchUnreachable('Meilisearch unreachable');
      // One batch that went through is a recovery, even while writes keep the queue from
      // emptying (the run may go on chasing them for a long time under steady traffic).
      this.succeeded();
      if (sent === 0) return;
    }
  }

  /**
   * Claims due rows with a lease, in one short transaction under the claim lock. Answers
   * 'held' while a reindex swaps its index (nothing may reach the old one then).
   */
  private async claim(): Promise<ClaimedRow[] | 'held'> {
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      const reindex = await this.activeReindex(em);
      if (reindex === 'swapping') return 'held';
      const rows = await em.query<
        [{ id: string; offering_id: string; attempts: number }[], number]
      >(
        `UPDATE search_outbox SET claimed_by = $1,
           claimed_until = now() + $2 * interval '1 millisecond'
         WHERE id IN (
           SELECT r.id FROM search_outbox r
           WHERE r.parked_at IS NULL AND r.next_attempt_at <= now()
             AND (r.claimed_until IS NULL OR r.claimed_until < now() OR r.claimed_by = $1)
             AND r.offering_id NOT IN (
               SELECT c.offering_id FROM search_outbox c
               WHERE c.claimed_by <> $1 AND c.claimed_until >= now())
           ORDER BY r.id LIMIT $3)
         RETURNING id, offering_id, attempts`,
        [this.relayId, LEASE_MS, BATCH],
      );
      const claimed = rows[0]
        .map((r) => ({ id: String(r.id), offeringId: r.offering_id, attempts: r.attempts }))
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      if (reindex === 'loading' && claimed.length > 0) {
        await em.query(
          `INSERT INTO search_reindex_pending (offering_id)
           SELECT DISTINCT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
          [claimed.map((r) => r.offeringId)],
        );
      }
      return claimed;
    });
  }

  /**
   * The phase of the reindex running in any process, or null. A state row whose reindex no
   * longer holds its session lock belongs to a process that died: it is cleared here.
   */
  private async activeReindex(em: EntityManager): Promise<'loading' | 'swapping' | null> {
    const [state] = await em.query<{ phase: 'loading' | 'swapping' }[]>(
      'SELECT phase FROM search_reindex WHERE id = 1',
    );
    if (state === undefined) return null;
    const [held] = await em.query<{ held: boolean }[]>(
      `SELECT EXISTS (
         SELECT 1 FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1 AND objsubid = 1
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       ) AS held`,
      [REINDEX_LOCK],
    );
    if (held?.held === true) return state.phase;
    this.logger.warn('a reindex ended without clearing its state (its process died): cleared');
    await em.query('DELETE FROM search_reindex');
    await em.query('DELETE FROM search_reindex_pending');
    return null;
  }

  /** One batch: claim, apply outside any transaction, then settle; answers how many rows. */
  private async relayBatch(): Promise<number | 'unreachable'> {
    const rows = await this.claim();
    if (rows === 'held' || rows.length === 0) return 0;
    const ids = [...new Set(rows.map((r) => r.offeringId))];
    // Read outside the try: a PostgreSQL error here propagates (the relay backs off as for the
    // database and the rows keep their lease); it must not pass for Meilisearch being unreachable,
    // which would also mark the index stale and make the next run wait on a settings task.
    const indexable = await this.offerings.indexable(ids);
    let failed: Map<string, unknown>;
    try {
      const docs: OfferingDocument[] = [];
      const published = new Set<string>();
      for (const b of indexable) {
        docs.push(this.toDocument(b));
        published.add(b.offering.id);
      }
      const deletions = ids.filter((id) => !published.has(id));
      failed = await this.applyIsolating(this.search.indexUid(OFFERINGS_INDEX), docs, deletions);
    } catch (e) {
      await this.settle(rows, new Map(ids.map((id) => [id, e])));
      return isSearchUnreachable(e) ? 'unreachable' : rows.length;
    }
    await this.settle(rows, failed);
    return rows.length;
  }

  /**
   * Upserts and deletes documents in one index and checks the tasks. When Meilisearch rejects
   * a task, its documents are retried in halves until the ones it rejects are alone: the
   * answer maps each of those offering ids to its error. Unreachable Meilisearch throws.
   */
  async applyIsolating(
    uid: string,
    docs: OfferingDocument[],
    deletions: string[],
  ): Promise<Map<string, SearchTaskError>> {
    const index = this.search.client.index<OfferingDocument>(uid);
    const failed = new Map<string, SearchTaskError>();
    const run = async <T>(
      part: T[],
      send: (p: T[]) => EnqueuedTaskPromise,
      idOf: (t: T) => string,
    ): Promise<void> => {
      if (part.length === 0) return;
      try {
        await this.search.waitOk(send(part));
      } catch (e) {
        if (!(e instanceof SearchTaskError)) throw e;
        if (part.length === 1) {
          failed.set(idOf(part[0]), e);
          return;
        }
        const half = Math.ceil(part.length / 2);
        await run(part.slice(0, half), send, idOf);
        await run(part.slice(half), send, idOf);
      }
    };
    await run(
      docs,
      (p) => index.addDocuments(p, { primaryKey: 'id' }),
      (d) => d.id,
    );
    await run(
      deletions,
      (p) => index.deleteDocuments(p),
      (id) => id,
    );
    return failed;
  }

  /** The document of a published offering (one place, so relay and reindex send the same). */
  toDocument(b: IndexableOffering): OfferingDocument {
    return toOfferingDocument(b.offering, b.provider);
  }

  /** Upserts and deletes documents in one index and checks both tasks (throws on any failure). */
  async apply(uid: string, docs: OfferingDocument[], deletions: string[]): Promise<void> {
    const failed = await this.applyIsolating(uid, docs, deletions);
    const first = failed.values().next();
    if (first.done !== true) throw first.value;
  }

  /**
   * Second short transaction: deletes the rows that were applied and records the failure of
   * the others (their claim released). Only rows this relay still holds are touched.
   */
  private async settle(rows: ClaimedRow[], failed: Map<string, unknown>): Promise<void> {
    const done = rows.filter((r) => !failed.has(r.offeringId));
    const bad = rows.filter((r) => failed.has(r.offeringId));
    await this.dataSource.transaction(async (em) => {
      if (done.length > 0) {
        await em.query(
          'DELETE FROM search_outbox WHERE id = ANY($1::bigint[]) AND claimed_by = $2',
          [done.map((r) => r.id), this.relayId],
        );
      }
      for (const row of bad) await this.recordFailure(em, row, failed.get(row.offeringId));
    });
    if (bad.length > 0) {
      const e = failed.get(bad[0].offeringId);
      this.logger.warn(
        {
          rows: bad.length,
          of: rows.length,
          err: errorText(e),
          unreachable: isSearchUnreachable(e),
        },
        'search sync rows failed; will retry',
      );
    }
  }

  private async recordFailure(em: EntityManager, row: ClaimedRow, e: unknown): Promise<void> {
    const unreachable = isSearchUnreachable(e);
    // Unreachable: no attempt counted, never parked; the relay itself backs off meanwhile.
    const attempts = unreachable ? row.attempts : row.attempts + 1;
    const park = !unreachable && attempts >= MAX_ATTEMPTS;
    if (unreachable) this.indexReady = false;
    await em
      .getRepository(SearchOutboxEntity)
      .createQueryBuilder()
      .update()
      .set({
        attempts,
        lastError: errorText(e).slice(0, 1000),
        nextAttemptAt: unreachable ? () => 'now()' : new Date(Date.now() + backoffMs(attempts)),
        parkedAt: park ? new Date() : null,
        claimedBy: null,
        claimedUntil: null,
      })
      .where('id = :id AND claimed_by = :me', { id: row.id, me: this.relayId })
      .execute();
  }

  /** Puts parked rows back in the queue (admin action). */
  async retryParked(): Promise<number> {
    const res = await this.dataSource
      .getRepository(SearchOutboxEntity)
      .createQueryBuilder()
      .update()
      .set({ parkedAt: null, attempts: 0, nextAttemptAt: () => 'now()' })
      .where('parked_at IS NOT NULL')
      .execute();
    this.kick();
    return res.affected ?? 0;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
