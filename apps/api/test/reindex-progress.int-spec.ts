import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ReindexProgress } from '@toolbox/contracts';
import { DataSource } from 'typeorm';
import { ReindexService } from '../src/modules/search/reindex.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { createOffering, registerProvider } from './factories/catalogue.js';

/** Enough offerings that Meilisearch indexes most of them in one batch lasting seconds. */
const OFFERINGS = 16_000;

describe('reindex progress on a large catalogue', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
    const provider = await registerProvider(sut.http, '进度测试服务商');
    const template = await createOffering(sut.http, provider);
    // Copies of one offering, published, each with its own words, straight into PostgreSQL.
    await sut.app.get(DataSource).query(
      `INSERT INTO offerings (provider_id, status, title, title_en, summary, summary_en, description,
         description_en, kind, scenarios, industries, stages, regions, deployment, delivery_days,
         plans, tags, min_monthly_price_cents, published_at)
       SELECT provider_id, 'published', title || ' ' || n, title_en, summary, summary_en,
         repeat(description || ' 批次' || n || ' ', 4), md5(n::text) || ' ' || repeat(md5((n * 7)::text) || ' ', 12),
         kind, scenarios, industries, stages, regions, deployment, delivery_days, plans, tags,
         min_monthly_price_cents, now()
       FROM offerings, generate_series(1, $2) AS n WHERE id = $1`,
      [template.id, OFFERINGS],
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('moves during a batch (Meilisearch batch progress), not only when whole batches finish', async () => {
    const seen: ReindexProgress[] = [];
    const reindex = sut.app.get(ReindexService);
    reindex.start((p) => seen.push(p));
    const done = await reindex.wait();
    expect(done).toMatchObject({ state: 'succeeded', percent: 100, loaded: OFFERINGS });
    const loading = seen.filter((p) => p.phase === 'loading');
    // Whole tasks are 2000 documents; anything else was read from the batch being indexed.
    const inBatch = loading.filter((p) => p.loaded % 2000 !== 0);
    expect(inBatch.length).toBeGreaterThan(0);
    // Never backwards.
    for (let i = 1; i < loading.length; i++) {
      expect(loading[i].loaded).toBeGreaterThanOrEqual(loading[i - 1].loaded);
      expect(loading[i].percent).toBeGreaterThanOrEqual(loading[i - 1].percent);
    }
  }, 120_000);
});
