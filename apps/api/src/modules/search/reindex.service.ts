import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { EnqueuedTaskPromise } from 'meilisearch';
import { DataSource, type QueryRunner } from 'typeorm';
import type { IndexStatus, ReconcileReport, ReindexProgress } from '@toolbox/contracts';
import { Clock } from '../../common/clock.js';
import { CommonError } from '../../common/errors/domain-error.js';
import { Logger } from '../../common/logging/logger.js';
import { OfferingReader } from '../catalogue/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import { OFFERINGS_INDEX, type OfferingDocument, toOfferingDocument } from '@toolbox/search';
import { SearchClient } from './search-client.js';
import { CLAIM_LOCK, errorText, REINDEX_LOCK, SearchSyncService } from './search-sync.service.js';

const LOAD_BATCH = 2000;
/**
 * Batches enqueued ahead of the oldest one not yet indexed. Meilisearch autobatches what is
 * enqueued while it indexes, and fewer, larger batches index much faster (each batch also
 * rebuilds index-wide structures): with 8 in flight the 100 000 benchmark offerings became 14
 * batches, with 25 five, enqueued as fast as PostgreSQL yields them three (docs/benchmarks.md,
 * finding 2). Enqueued documents wait on Meilisearch's disk, not in the API's memory; the bound
 * only keeps a very large catalogue from being queued all at once.
 */
const WINDOW = 100;
/** Batches of thousands of documents take seconds: their tasks are polled less often. */
const TASK_POLL_MS = 250;
/** How often the progress of the batch Meilisearch is indexing is read. */
const PROGRESS_POLL_MS = 500;
/** A batch may wait behind the whole window. */
const TASK_TIMEOUT_MS = 10 * 60_000;
/** Offerings re-read per catch-up round. */
const CATCH_UP_BATCH = 1000;
/** While relays run, the catch-up stops after a round this small, or after this many rounds. */
const CATCH_UP_SMALL = 100;
const CATCH_UP_ROUNDS = 5;
const CLAIM_POLL_MS = 100;
/** A temporary index this old belongs to a reindex that died (the name carries its start). */
const STALE_INDEX_MS = 60 * 60_000;

/**
 * Full reindex without downtime: a new index gets the settings first, then every published
 * offering from PostgreSQL in batches; the offerings relays claimed meanwhile (in any process)
 * are re-read into it, the last time while every relay holds; then the two indexes are swapped
 * atomically and the old one is dropped (docs/adr/0010). One at a time across processes.
 */
@Injectable()
export class ReindexService implements OnApplicationBootstrap {
  private readonly logger = new Logger('reindex');
  private current: ReindexProgress | null = null;
  private job: Promise<void> | undefined;
  private starting: Promise<QueryRunner | null> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly sync: SearchSyncService,
    private readonly offerings: OfferingReader,
    private readonly clock: Clock,
  ) {}

  progress(): ReindexProgress | null {
    return this.current === null ? null : { ...this.current };
  }

  /**
   * Starts a reindex in the background: 409 when one is running, in this process or in any
   * other (the CLI, another instance), which holds the reindex's session advisory lock.
   */
  async start(onProgress?: (p: ReindexProgress) => void): Promise<ReindexProgress> {
    if (this.current?.state === 'running' || this.starting !== undefined) {
      throw new CommonError('CONFLICT', 'a reindex is already running');
    }
    const starting = this.takeLock();
    this.starting = starting;
    let lock: QueryRunner | null;
    try {
      lock = await starting;
    } finally {
      this.starting = undefined;
    }
    if (lock === null) {
      throw new CommonError('CONFLICT', 'a reindex is already running in another process');
    }
    const held = lock;
    this.current = {
      id: randomUUID(),
      state: 'running',
      phase: 'settings',
      total: 0,
      loaded: 0,
      percent: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
    };
    const report = (patch: Partial<ReindexProgress>): void => {
      if (this.current === null) return;
      Object.assign(this.current, patch);
      this.current.percent =
        this.current.phase === 'done'
          ? 100
          : this.current.total === 0
            ? 0
            : Math.min(99, Math.floor((this.current.loaded / this.current.total) * 95));
      onProgress?.({ ...this.current });
    };
    this.job = this.run(report)
      .finally(() => this.releaseLock(held))
      .then(
        () => report({ state: 'succeeded', phase: 'done', finishedAt: new Date().toISOString() }),
        (e: unknown) => {
          this.logger.error({ err: e }, 'reindex failed');
          report({ state: 'failed', error: errorText(e), finishedAt: new Date().toISOString() });
        },
      );
    return { ...this.current };
  }

  /** The reindex lock on a connection of its own, or null when another session holds it. */
  private async takeLock(): Promise<QueryRunner | null> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [row] = (await runner.query('SELECT pg_try_advisory_lock($1) AS ok', [
        REINDEX_LOCK,
      ])) as { ok: boolean }[];
      if (row?.ok === true) return runner;
    } catch (e) {
      await runner.release();
      throw e;
    }
    await runner.release();
    return null;
  }

  private async releaseLock(runner: QueryRunner): Promise<void> {
    try {
      await runner.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]);
    } catch {
      // The connection is gone, and the session lock with it.
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** Waits for the running reindex (CLI, tests). */
  async wait(): Promise<ReindexProgress | null> {
    await this.starting?.catch(() => undefined);
    await this.job;
    return this.progress();
  }

  private async run(report: (p: Partial<ReindexProgress>) => void): Promise<void> {
    const live = this.search.indexUid(OFFERINGS_INDEX);
    const next = `${live}_reindex_${this.clock.now()}`;
    try {
      await this.sync.ensureIndex(live);
      await this.sync.ensureIndex(next);
      // From here on, every relay (any process) records what it claims for the catch-up.
      await this.setState(next, 'loading');
      await this.load(next, report);
      report({ phase: 'catching_up' });
      // Relays keep running meanwhile; what they claimed is re-read from PostgreSQL.
      await this.catchUp(next, true);
      await this.sync.pause();
      try {
        // No relay claims anything now; wait for those still applying, then the last catch-up.
        await this.setState(next, 'swapping');
        await this.claimsSettled();
        await this.catchUp(next, false);
        report({ phase: 'swapping' });
        await this.search.waitOk(
          this.search.client.swapIndexes([{ indexes: [live, next], rename: false }]),
        );
        await this.clearState();
      } finally {
        this.sync.resume();
      }
    } catch (e) {
      await this.clearState().catch((err: unknown) =>
        this.logger.warn({ err: errorText(err) }, 'reindex state not cleared'),
      );
      await this.search
        .waitOk(this.search.client.deleteIndex(next))
        .catch((err: unknown) =>
          this.logger.warn({ err: errorText(err), index: next }, 'temporary index not deleted'),
        );
      throw e;
    }
    // `next` now holds the old documents.
    await this.search
      .waitOk(this.search.client.deleteIndex(next))
      .catch((e: unknown) => this.logger.warn({ err: errorText(e) }, 'old index not deleted'));
  }

  /** Sets the reindex state every relay reads when it claims (under the claim lock). */
  private async setState(target: string, phase: 'loading' | 'swapping'): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      if (phase === 'loading') await em.query('DELETE FROM search_reindex_pending');
      await em.query(
        `INSERT INTO search_reindex (id, target, phase) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, phase = excluded.phase`,
        [target, phase],
      );
    });
  }

  private async clearState(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CLAIM_LOCK]);
      await em.query('DELETE FROM search_reindex');
      await em.query('DELETE FROM search_reindex_pending');
    });
  }

  /** Waits until no relay holds a live claim (they finish, or their leases run out). */
  private async claimsSettled(): Promise<void> {
    for (;;) {
      const [row] = await this.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM search_outbox WHERE claimed_by IS NOT NULL AND claimed_until >= now()',
      );
      if ((row?.n ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    }
  }

  /**
   * Re-reads the offerings relays claimed since the reindex began into the new index. While
   * relays run (`bounded`), it stops once a round is small, so steady writes cannot keep it
   * going; the last catch-up, with every relay held, runs until nothing is left.
   */
  private async catchUp(next: string, bounded: boolean): Promise<void> {
    for (let round = 0; ; round++) {
      const rows = await this.dataSource.query<[{ offering_id: string }[], number]>(
        `DELETE FROM search_reindex_pending WHERE offering_id IN (
           SELECT offering_id FROM search_reindex_pending LIMIT $1)
         RETURNING offering_id`,
        [CATCH_UP_BATCH],
      );
      const ids = rows[0].map((r) => r.offering_id);
      if (ids.length === 0) return;
      const last = bounded && (ids.length < CATCH_UP_SMALL || round >= CATCH_UP_ROUNDS);
      const docs: OfferingDocument[] = [];
      const published = new Set<string>();
      for (const b of await this.offerings.indexable(ids)) {
        docs.push(this.sync.toDocument(b));
        published.add(b.offering.id);
      }
      const failed = await this.sync.applyIsolating(
        next,
        docs,
        ids.filter((id) => !published.has(id)),
      );
      if (failed.size > 0) {
        // The relay parks the same documents in the live index; the admin status shows them.
        this.logger.warn({ rejected: [...failed.keys()] }, 'catch-up documents rejected');
      }
      if (last) return;
    }
  }

  /** Bulk load of every published offering into `next`. */
  private async load(next: string, report: (p: Partial<ReindexProgress>) => void): Promise<void> {
    const total = await this.offerings.countPublished();
    report({ phase: 'loading', total });
    let loaded = 0;
    // Between whole batches, the share of the batch being indexed counts too (Meilisearch's batch
    // progress), so the progress bar moves during a batch of 50 000 documents.
    let shown = 0;
    const show = (indexing: number): void => {
      shown = Math.max(shown, loaded + indexing);
      report({ loaded: shown, total: Math.max(total, shown) });
    };
    let loading = true;
    const watcher = setInterval(() => {
      this.indexingDocuments(next).then(
        (n) => loading && show(n),
        () => undefined, // progress only: a failed read shows the last value
      );
    }, PROGRESS_POLL_MS);
    let lastId = '00000000-0000-0000-0000-000000000000';
    // Pipelined: up to WINDOW batches are enqueued while earlier ones index, so Meilisearch can
    // autobatch them; every task's final status is still checked (docs/benchmarks.md, finding 2).
    const index = this.search.client.index<OfferingDocument>(next);
    // Enqueued tasks, oldest first; only the oldest is polled, so a wide window costs nothing.
    const inFlight: { task: EnqueuedTaskPromise; count: number }[] = [];
    const settleOldest = async (): Promise<void> => {
      const oldest = inFlight.shift();
      if (oldest === undefined) return;
      await this.search.waitOk(oldest.task, TASK_TIMEOUT_MS, TASK_POLL_MS);
      loaded += oldest.count;
      show(0);
    };
    try {
      for (;;) {
        // Only what the document needs: not the provider's profile or pending revisions.
        const batch = await this.offerings.indexablePage(lastId, LOAD_BATCH);
        if (batch.length === 0) break;
        lastId = batch[batch.length - 1].offering.id;
        // Only the count outlives the request: the documents can be collected once enqueued.
        const task = index.addDocuments(
          batch.map((b) => toOfferingDocument(b.offering, b.provider)),
          { primaryKey: 'id' },
        );
        task.catch(() => undefined); // settled below; this only marks an early rejection as handled
        inFlight.push({ task, count: batch.length });
        if (inFlight.length >= WINDOW) await settleOldest();
      }
      while (inFlight.length > 0) await settleOldest();
    } finally {
      loading = false;
      clearInterval(watcher);
    }
  }

  /**
   * Drops temporary indexes of reindexes that died (`<live>_reindex_<ms>`) older than an hour
   * and not the target of a running reindex. Runs at start-up; Meilisearch being down only
   * postpones it to the next start.
   */
  async dropStaleIndexes(): Promise<string[]> {
    const prefix = `${this.search.indexUid(OFFERINGS_INDEX)}_reindex_`;
    const [state] = await this.dataSource.query<{ target: string }[]>(
      'SELECT target FROM search_reindex WHERE id = 1',
    );
    const dropped: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await this.search.client.getIndexes({ limit: 100, offset });
      for (const index of page.results) {
        if (!index.uid.startsWith(prefix) || index.uid === state?.target) continue;
        const createdMs = Number(index.uid.slice(prefix.length));
        if (!Number.isFinite(createdMs) || this.clock.now() - createdMs < STALE_INDEX_MS) continue;
        await this.search.waitOk(this.search.client.deleteIndex(index.uid));
        dropped.push(index.uid);
      }
      if (page.results.length < 100) break;
    }
    if (dropped.length > 0) this.logger.info({ dropped }, 'stale reindex indexes dropped');
    return dropped;
  }

  onApplicationBootstrap(): void {
    this.dropStaleIndexes().catch((e: unknown) =>
      this.logger.warn({ err: errorText(e) }, 'stale reindex indexes not checked'),
    );
  }

  /**
   * Documents of the batch Meilisearch is indexing into `uid`, times that batch's progress
   * (Meilisearch 1.13+ reports it per processing batch); 0 when none is being indexed.
   */
  private async indexingDocuments(uid: string): Promise<number> {
    const { results } = await this.search.client.batches.getBatches({
      statuses: ['processing'],
      indexUids: [uid],
      limit: 1,
    });
    const batch = results.at(0);
    if (batch?.progress == null) return 0;
    const received = Number(batch.details.receivedDocuments ?? 0);
    return Math.floor((received * batch.progress.percentage) / 100);
  }

  /** Compares PostgreSQL and the index (ids and versions) and queues repairs for any drift. */
  async reconcile(): Promise<ReconcileReport> {
    const rows = await this.offerings.publishedVersions();
    const expected = new Map(rows.map((r) => [r.id, r.version]));
    const indexed = new Map<string, number>();
    const index = this.search.index<OfferingDocument>(OFFERINGS_INDEX);
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments({ fields: ['id', 'version'], limit: 1000, offset });
      for (const d of page.results as Pick<OfferingDocument, 'id' | 'version'>[]) {
        indexed.set(d.id, d.version);
      }
      if (page.results.length < 1000) break;
    }
    const missing = [...expected.keys()].filter((id) => !indexed.has(id));
    const stale = [...expected]
      .filter(([id, v]) => indexed.has(id) && indexed.get(id) !== v)
      .map(([id]) => id);
    const extra = [...indexed.keys()].filter((id) => !expected.has(id));
    const repair = [...missing, ...stale, ...extra];
    await this.sync.enqueueMany(repair);
    return {
      checked: expected.size,
      missing: missing.length,
      stale: stale.length,
      extra: extra.length,
      repaired: repair.length,
    };
  }

  async status(): Promise<IndexStatus> {
    const outbox = this.dataSource.getRepository(SearchOutboxEntity);
    const [pending, parked, oldest, parkedRows] = await Promise.all([
      outbox.createQueryBuilder('r').where('r.parked_at IS NULL').getCount(),
      outbox.createQueryBuilder('r').where('r.parked_at IS NOT NULL').getCount(),
      outbox.createQueryBuilder('r').where('r.parked_at IS NULL').orderBy('r.id', 'ASC').getOne(),
      outbox
        .createQueryBuilder('r')
        .where('r.parked_at IS NOT NULL')
        .orderBy('r.id', 'ASC')
        .limit(50)
        .getMany(),
    ]);
    let documents = 0;
    let isIndexing = false;
    try {
      const stats = await this.search.index(OFFERINGS_INDEX).getStats();
      documents = stats.numberOfDocuments;
      isIndexing = stats.isIndexing;
    } catch {
      // Index unreachable: the status still shows the outbox; health says search is down.
    }
    return {
      index: this.search.indexUid(OFFERINGS_INDEX),
      documents,
      isIndexing,
      outbox: {
        pending,
        parked,
        oldestPendingAgeMs:
          oldest === null ? null : Math.max(0, Date.now() - oldest.createdAt.getTime()),
      },
      parked: parkedRows.map((r) => ({
        id: r.id,
        offeringId: r.offeringId,
        attempts: r.attempts,
        lastError: r.lastError,
        parkedAt: r.parkedAt?.toISOString() ?? '',
      })),
      reindex: this.progress(),
    };
  }
}
