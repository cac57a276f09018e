import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import type { ReindexProgress } from '@toolbox/contracts';
import type { Batch, BatchesResults, EnqueuedTaskPromise } from 'meilisearch';
import { DataSource } from 'typeorm';
import { ReindexService } from '../src/modules/search/reindex.service.js';
import { SearchClient } from '../src/modules/search/search-client.js';
import { createTestApp, type TestApp } from './harness.js';
import { createOffering, registerProvider } from './factories/catalogue.js';
import { waitFor } from './wait-for.js';

/** Three load tasks (2000 + 2000 + 500 documents). */
const OFFERINGS = 4_500;

/**
 * What Meilisearch's batches API reports while it indexes the first task's 2000 documents
 * (`percentage` of them done). The test sets it, so no snapshot depends on catching a real
 * batch half-way.
 */
function processing(received: number, percentage: number): BatchesResults {
  const batch: Pick<Batch, 'uid' | 'progress' | 'details'> = {
    uid: 1,
    progress: { steps: [], percentage },
    details: { receivedDocuments: received },
  };
  return { results: [batch], total: 1, limit: 1, from: 1, next: null } as BatchesResults;
}

describe('reindex progress', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    const provider = await registerProvider(sut.http, '进度测试服务商');
    const template = await createOffering(sut.http, provider);
    // Copies of one offering, published, straight into PostgreSQL.
    await sut.app.get(DataSource).query(
      `INSERT INTO offerings (provider_id, status, title, title_en, summary, summary_en, description,
         description_en, kind, scenarios, industries, stages, regions, deployment, delivery_days,
         plans, tags, min_monthly_price_cents, published_at)
       SELECT provider_id, 'published', title || ' ' || n, title_en, summary, summary_en,
         description || ' 批次' || n, description_en, kind, scenarios, industries, stages, regions,
         deployment, delivery_days, plans, tags, min_monthly_price_cents, now()
       FROM offerings, generate_series(1, $2) AS n WHERE id = $1`,
      [template.id, OFFERINGS],
    );
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await sut.app.get(ReindexService).wait();
    await sut.close();
  });

  it('moves during a batch (Meilisearch batch progress), never backwards, and ends at 100 %', async () => {
    const reindex = sut.app.get(ReindexService);
    const search = sut.app.get(SearchClient);

    // Hold the load phase: the first task is not settled until the test releases it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = true;
    const waitOk = search.waitOk.bind(search);
    jest
      .spyOn(search, 'waitOk')
      .mockImplementation(
        async (task: EnqueuedTaskPromise, timeoutMs?: number, intervalMs?: number) => {
          if (holding && reindex.progress()?.phase === 'loading') await released;
          return waitOk(task, timeoutMs, intervalMs);
        },
      );
    // While held, the batch being indexed into the new index is the one the test describes.
    let percentage = 25;
    let polls = 0;
    const getBatches = search.client.batches.getBatches.bind(search.client.batches);
    jest.spyOn(search.client.batches, 'getBatches').mockImplementation(async (query) => {
      const uid = query?.indexUids?.at(0) ?? '';
      if (!holding || !uid.includes('_reindex_')) return getBatches(query);
      polls++;
      return processing(2000, percentage);
    });

    const seen: ReindexProgress[] = [];
    const observed = (what: string, loaded: number): Promise<ReindexProgress> =>
      waitFor(
        async () => seen.find((p) => p.phase === 'loading' && p.loaded === loaded),
        `progress snapshot: ${what}`,
      );
    const releaseHold = (): void => {
      holding = false;
      release();
    };
    await reindex.start((p) => seen.push(p));
    try {
      // A quarter of the first 2000 documents: 500 loaded, 500 / 4500 × 95 → 10 %.
      expect(await observed('a quarter of the first batch', 500)).toMatchObject({
        state: 'running',
        total: OFFERINGS,
        percent: 10,
      });
      percentage = 75;
      expect(await observed('three quarters of the first batch', 1500)).toMatchObject({
        state: 'running',
        percent: 31,
      });
      // Meilisearch reporting less (a new batch starting) does not move the bar back.
      percentage = 10;
      const after = polls;
      await waitFor(async () => (polls >= after + 2 ? true : undefined), 'two more progress reads');
      expect(reindex.progress()).toMatchObject({
        state: 'running',
        phase: 'loading',
        loaded: 1500,
      });
    } finally {
      // Released whatever happened above, so a failed expectation ends the reindex, not the run.
      releaseHold();
    }
    const done = await reindex.wait();
    expect(done).toMatchObject({
      state: 'succeeded',
      phase: 'done',
      percent: 100,
      loaded: OFFERINGS,
      total: OFFERINGS,
    });
    const loading = seen.filter((p) => p.phase === 'loading');
    for (let i = 1; i < loading.length; i++) {
      expect(loading[i].loaded).toBeGreaterThanOrEqual(loading[i - 1].loaded);
      expect(loading[i].percent).toBeGreaterThanOrEqual(loading[i - 1].percent);
    }
    expect(loading.at(-1)).toMatchObject({ loaded: OFFERINGS });
    // Every copy made it into the swapped-in index.
    const res = await request(sut.http).get('/api/search/offerings?pageSize=1').expect(200);
    expect(res.body.total).toBe(OFFERINGS);
  }, 90_000);
});
