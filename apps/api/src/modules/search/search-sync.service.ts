import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Logger } from '../../common/logging/logger.js';
import { isDependencyDown } from '../../common/errors/dependency-errors.js';
import { OfferingEvents, OfferingReader } from '../catalogue/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import {
  OFFERING_INDEX_SETTINGS,
  OFFERINGS_INDEX,
  type OfferingDocument,
  toOfferingDocument,
} from '@toolbox/search';
import { SearchClient, SearchTaskError } from './search-client.js';

/** A row that failed this many times for a reason other than Meilisearch being unreachable is parked. */
export const MAX_ATTEMPTS = 6;
const BATCH = 200;
const POLL_MS = 250;
/** Transaction-level advisory lock: one relay at a time across API instances. */
const RELAY_LOCK = 0x5eac4;

export function backoffMs(attempts: number): number {
  return Math.min(30_000, 200 * 2 ** attempts);
}

/**
 * The outbox relay. PostgreSQL is the source of truth: every change that affects search writes
 * an outbox row in its own transaction (OfferingEvents), and this relay sends the offering's
 * current state (upsert when published, delete otherwise), checks each task's final status,
 * retries with backoff, and parks rows that keep failing. Meilisearch being down never fails a
 * write: rows wait and the index catches up when it is back.
 */
@Injectable()
export class SearchSyncService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('search-sync');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private paused = 0;
  private indexReady = false;

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
    await this.dataSource
      .getRepository(SearchOutboxEntity)
      .insert(offeringIds.map((offeringId) => ({ offeringId })));
    this.kick();
  }

  /** Run the relay now (after a commit). */
  kick(): void {
    this.schedule(0);
  }

  /** The index is missing or lacks its settings (seen by a query): re-apply them on the next run. */
  markIndexStale(): void {
    this.indexReady = false;
    this.kick();
  }

  /** Holds the relay (reindex swap); resumes with `resume()`. */
  async pause(): Promise<void> {
    this.paused++;
    await this.running;
  }

  resume(): void {
    this.paused = Math.max(0, this.paused - 1);
    this.kick();
  }

  /** Creates the index if needed and applies the settings in code (before any document). */
  async ensureIndex(uid = this.search.indexUid(OFFERINGS_INDEX)): Promise<void> {
    const client = this.search.client;
    const exists = await client.getIndex(uid).then(
      () => true,
      (e: unknown) => {
        if (isDependencyDown(e)) throw e;
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
        .catch((e: unknown) => this.logger.error({ err: e }, 'relay failed'))
        .finally(() => {
          this.running = undefined;
          const next = this.again ? 0 : POLL_MS;
          this.again = false;
          this.schedule(next);
        });
    }, delay);
  }

  /** Sends due rows until none are left (or Meilisearch is unreachable). */
  async drain(): Promise<void> {
    if (this.paused > 0) return;
    if (!this.indexReady) {
      try {
        await this.ensureIndex();
        this.indexReady = true;
      } catch (e) {
        this.logger.warn({ err: errorText(e) }, 'search index not ready; will retry');
        return;
      }
    }
    for (;;) {
      if (this.stopped || this.paused > 0) return;
      const sent = await this.relayBatch();
      if (sent === 0) return;
    }
  }

  /** One batch in one transaction; answers how many rows were handled. */
  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [lock] = await em.query<{ ok: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock($1) AS ok',
        [RELAY_LOCK],
      );
      if (lock?.ok !== true) return 0;
      const rows = await em
        .getRepository(SearchOutboxEntity)
        .createQueryBuilder('r')
        .where('r.parked_at IS NULL AND r.next_attempt_at <= now()')
        .orderBy('r.id', 'ASC')
        .limit(BATCH)
        .getMany();
      if (rows.length === 0) return 0;
      const ids = [...new Set(rows.map((r) => r.offeringId))];
      const docs: OfferingDocument[] = [];
      const published = new Set<string>();
      for (const { offering, provider } of await this.offerings.indexable(ids, em)) {
        docs.push(toOfferingDocument(offering, provider));
        published.add(offering.id);
      }
      const deletions = ids.filter((id) => !published.has(id));
      try {
        await this.apply(this.search.indexUid(OFFERINGS_INDEX), docs, deletions);
      } catch (e) {
        await this.recordFailure(em, rows, e);
        return isDependencyDown(e) ? 0 : rows.length;
      }
      await em.getRepository(SearchOutboxEntity).delete({ id: In(rows.map((r) => r.id)) });
      return rows.length;
    });
  }

  /** Upserts and deletes documents in one index and checks both tasks. */
  async apply(uid: string, docs: OfferingDocument[], deletions: string[]): Promise<void> {
    const index = this.search.client.index<OfferingDocument>(uid);
    if (docs.length > 0) await this.search.waitOk(index.addDocuments(docs, { primaryKey: 'id' }));
    if (deletions.length > 0) await this.search.waitOk(index.deleteDocuments(deletions));
  }

  private async recordFailure(
    em: EntityManager,
    rows: SearchOutboxEntity[],
    e: unknown,
  ): Promise<void> {
    const unreachable = isDependencyDown(e) || !(e instanceof SearchTaskError);
    const message = errorText(e).slice(0, 1000);
    const repo = em.getRepository(SearchOutboxEntity);
    for (const row of rows) {
      // Unreachable: keep retrying, never park (the index catches up when Meilisearch is back).
      const attempts = unreachable ? Math.min(row.attempts + 1, 8) : row.attempts + 1;
      const park = !unreachable && attempts >= MAX_ATTEMPTS;
      await repo.update(
        { id: row.id },
        {
          attempts,
          lastError: message,
          nextAttemptAt: new Date(Date.now() + backoffMs(attempts)),
          parkedAt: park ? new Date() : null,
        },
      );
    }
    if (unreachable) this.indexReady = false;
    this.logger.warn(
      { rows: rows.length, err: message, unreachable },
      'search sync batch failed; will retry',
    );
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
