import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EnqueuedTaskPromise } from 'meilisearch';
import { DataSource } from 'typeorm';
import type { IndexStatus, ReconcileReport, ReindexProgress } from '@toolbox/contracts';
import { CommonError } from '../../common/errors/domain-error.js';
import { Logger } from '../../common/logging/logger.js';
import { OfferingReader } from '../catalogue/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import { OFFERINGS_INDEX, type OfferingDocument, toOfferingDocument } from '@toolbox/search';
import { SearchClient } from './search-client.js';
import { errorText, SearchSyncService } from './search-sync.service.js';

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

/**
 * Full reindex without downtime: a new index gets the settings first, then every published
 * offering from PostgreSQL in batches; changes made meanwhile are caught up while the relay
 * holds; then the two indexes are swapped atomically and the old one is dropped.
 */
@Injectable()
export class ReindexService {
  private readonly logger = new Logger('reindex');
  private current: ReindexProgress | null = null;
  private job: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly sync: SearchSyncService,
    private readonly offerings: OfferingReader,
  ) {}

  progress(): ReindexProgress | null {
    return this.current === null ? null : { ...this.current };
  }

  /** Starts a reindex in the background (409 when one is running). */
  start(onProgress?: (p: ReindexProgress) => void): ReindexProgress {
    if (this.current?.state === 'running') {
      throw new CommonError('CONFLICT', 'a reindex is already running');
    }
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
    this.job = this.run(report).then(
      () => report({ state: 'succeeded', phase: 'done', finishedAt: new Date().toISOString() }),
      (e: unknown) => {
        this.logger.error({ err: e }, 'reindex failed');
        report({ state: 'failed', error: errorText(e), finishedAt: new Date().toISOString() });
      },
    );
    return { ...this.current };
  }

  /** Waits for the running reindex (CLI, tests). */
  async wait(): Promise<ReindexProgress | null> {
    await this.job;
    return this.progress();
  }

  private async run(report: (p: Partial<ReindexProgress>) => void): Promise<void> {
    const live = this.search.indexUid(OFFERINGS_INDEX);
    const next = `${live}_reindex_${Date.now()}`;
    const started = new Date(Date.now() - 1000); // margin for clock skew between API and database
    await this.sync.ensureIndex(live);
    await this.sync.ensureIndex(next);
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
    report({ phase: 'catching_up' });
    await this.sync.pause();
    try {
      const changed = await this.offerings.changedSince(started);
      const docs: OfferingDocument[] = changed.published.map((b) =>
        toOfferingDocument(b.offering, b.provider),
      );
      await this.sync.apply(next, docs, changed.notPublished);
      report({ phase: 'swapping' });
      await this.search.waitOk(
        this.search.client.swapIndexes([{ indexes: [live, next], rename: false }]),
      );
    } finally {
      this.sync.resume();
    }
    await this.search
      .waitOk(this.search.client.deleteIndex(next))
      .catch((e: unknown) => this.logger.warn({ err: errorText(e) }, 'old index not deleted'));
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
