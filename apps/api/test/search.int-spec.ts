import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import type {
  IndexStatus,
  OfferingView,
  ReindexProgress,
  SearchResponse,
} from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { ReindexService } from '../src/modules/search/reindex.service.js';
import { SearchSyncService } from '../src/modules/search/search-sync.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
import { waitFor } from './wait-for.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';

const ADMIN = { email: 'search-admin@example.com', password: 'admin-password-1' };

async function search(sut: TestApp, query: string): Promise<SearchResponse> {
  const res = await request(sut.http).get(`/api/search/offerings?${query}`).expect(200);
  return res.body as SearchResponse;
}

/** Waits (one bounded wait for all of them) until every id is findable, or every one is gone. */
async function findable(sut: TestApp, ids: string | string[], present = true): Promise<void> {
  const wanted = ([] as string[]).concat(ids);
  await waitFor(
    async () => {
      const found = new Set((await search(sut, 'pageSize=100')).items.map((i) => i.id));
      return wanted.every((id) => found.has(id) === present) ? true : undefined;
    },
    `${wanted.join(', ')} ${present ? 'findable' : 'gone'}`,
  );
}

/** Waits until the relay has sent every queued change to Meilisearch and Meilisearch applied it. */
async function outboxDrained(sut: TestApp, admin: string): Promise<void> {
  await waitFor(async () => {
    const res = await request(sut.http)
      .get('/api/admin/search/status')
      .set(...bearer(admin))
      .expect(200);
    return (res.body as IndexStatus).outbox.pending === 0 ? true : undefined;
  }, 'outbox drained');
}

describe('search and index sync (api-v1 Search)', () => {
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '搜索测试服务商');
    const fixtures = [
      {
        key: 'mes',
        title: '云MES 轻量版',
        titleEn: 'Cloud MES Lite',
        summary: '扫码报工与工单进度',
        description: '车间扫码报工，工单进度实时可见。',
        scenarios: ['production_control' as const],
        industries: ['C34'],
        stages: [1, 2],
        regions: [],
        kind: 'saas' as const,
        plans: [
          { name: '基础版', billingPeriod: 'month' as const, priceCents: 49900, trialDays: 14 },
        ],
      },
      {
        key: 'erp',
        title: '进销存 ERP 系统',
        titleEn: 'Inventory ERP',
        summary: '进销存与财务一体化',
        description: '采购、销售、库存与应收应付一体化管理。',
        scenarios: ['finance' as const, 'procurement' as const],
        industries: [],
        stages: [1],
        regions: ['330100'],
        kind: 'saas' as const,
        plans: [
          { name: '标准版', billingPeriod: 'year' as const, priceCents: 120000, trialDays: 0 },
        ],
      },
      {
        key: 'energy',
        title: '能耗在线监测',
        titleEn: 'Energy monitoring',
        summary: '电水气能耗采集与分析',
        description: '电表水表气表数据自动采集，能耗分析与预警。',
        scenarios: ['energy' as const],
        industries: ['C26'],
        stages: [2, 3],
        regions: ['330000'],
        kind: 'hardware' as const,
        plans: [
          { name: '套装', billingPeriod: 'once' as const, priceCents: 2400000, trialDays: 0 },
        ],
      },
      {
        key: 'consult',
        title: '数字化转型诊断咨询',
        titleEn: 'Transformation diagnosis',
        summary: '上门诊断，出具转型规划',
        description: '专家上门评估数字化水平，制定分步实施路线。结项后提供回访复盘。',
        descriptionEn:
          'Experts assess your digital level on site. Afterwards a follow-up review checks the roadmap.',
        scenarios: ['consulting' as const],
        industries: [],
        stages: [1, 2, 3, 4],
        regions: ['440000'],
        kind: 'service' as const,
        plans: [{ name: '诊断', billingPeriod: 'once' as const, priceCents: 600000, trialDays: 0 }],
      },
    ];
    for (const f of fixtures) {
      const { key, ...body } = f;
      ids[key] = (await publishOffering(sut.http, provider, admin, body)).id;
    }
    await findable(sut, Object.values(ids));
  });
  afterAll(async () => {
    await sut.close();
  });

  it('finds Chinese and English text and highlights matches', async () => {
    const zh = await search(sut, `q=${encodeURIComponent('报工')}`);
    expect(zh.items.map((i) => i.id)).toEqual([ids.mes]);
    expect(zh.items[0].highlight?.summary).toContain('<mark>');
    const en = await search(sut, 'q=energy');
    expect(en.items[0].id).toBe(ids.energy);
    const typo = await search(sut, 'q=enrgy');
    expect(typo.items.map((i) => i.id)).toContain(ids.energy);
  });

  it('finds words that only the descriptions contain, in both languages (description terms)', async () => {
    for (const q of ['回访复盘', '实施路线', 'roadmap', 'follow-up review']) {
      const r = await search(sut, `q=${encodeURIComponent(q)}`);
      expect({ q, ids: r.items.map((i) => i.id) }).toEqual({ q, ids: [ids.consult] });
    }
  });

  it('bridges abbreviations and languages with synonyms and splits mixed text', async () => {
    const mes = await search(sut, `q=${encodeURIComponent('制造执行系统')}`);
    expect(mes.items.map((i) => i.id)).toContain(ids.mes);
    const erp = await search(sut, `q=${encodeURIComponent('ERP系统')}`);
    expect(erp.items[0].id).toBe(ids.erp);
  });

  it('filters by region with containment: a city sees its province and nationwide offerings', async () => {
    const hangzhou = await search(sut, 'region=330100&pageSize=100');
    expect(new Set(hangzhou.items.map((i) => i.id))).toEqual(
      new Set([ids.mes, ids.erp, ids.energy]),
    );
    const zhejiang = await search(sut, 'region=330000&pageSize=100');
    // A city-only offering does not serve a firm known only by its province.
    expect(new Set(zhejiang.items.map((i) => i.id))).toEqual(new Set([ids.mes, ids.energy]));
    const guangdong = await search(sut, 'region=440100&pageSize=100');
    expect(new Set(guangdong.items.map((i) => i.id))).toEqual(new Set([ids.mes, ids.consult]));
  });

  it('ORs repeated values and ANDs parameters; industry keeps "fits every industry"', async () => {
    const r = await search(sut, 'scenario=energy&scenario=consulting&pageSize=100');
    expect(new Set(r.items.map((i) => i.id))).toEqual(new Set([ids.energy, ids.consult]));
    const both = await search(sut, 'scenario=energy&scenario=consulting&kind=service');
    expect(both.items.map((i) => i.id)).toEqual([ids.consult]);
    const c34 = await search(sut, 'industry=C34&pageSize=100');
    expect(new Set(c34.items.map((i) => i.id))).toEqual(new Set([ids.mes, ids.erp, ids.consult]));
  });

  it('caps the monthly-equivalent price and sorts by price', async () => {
    const cheap = await search(sut, 'maxMonthlyPriceCents=49999&sort=price_asc&pageSize=100');
    expect(cheap.items.map((i) => i.id)).toEqual([ids.erp, ids.mes]); // 10000 (year ÷ 12), 49900
    expect(cheap.items[0].minMonthlyPriceCents).toBe(10000);
    const desc = await search(sut, 'sort=price_desc&pageSize=100');
    expect(desc.items[0].id).toBe(ids.energy); // 2400000 once ÷ 12 = 200000
  });

  it('counts facets per listed code (industries: [] counts under none)', async () => {
    const r = await search(sut, 'pageSize=1');
    expect(r.total).toBe(4);
    expect(r.items).toHaveLength(1);
    expect(r.facets.kinds).toEqual({ saas: 2, hardware: 1, service: 1 });
    expect(r.facets.industries).toEqual({ C34: 1, C26: 1 });
    expect(r.facets.stages).toEqual({ '1': 3, '2': 3, '3': 2, '4': 1 });
    expect(r.facets.scenarios).toMatchObject({
      production_control: 1,
      finance: 1,
      procurement: 1,
      energy: 1,
      consulting: 1,
    });
  });

  it.each([
    ['scenario=teleport', 'scenario'],
    ['industry=C99', 'industry'],
    ['stage=5', 'stage'],
    ['stage=x', 'stage'],
    ['region=123', 'region'],
    ['kind=magic', 'kind'],
    ['sort=random', 'sort'],
    ['maxMonthlyPriceCents=-1', 'maxMonthlyPriceCents'],
    ['pageSize=101', 'pageSize'],
    ['color=red', 'color'],
    [`scenario=${encodeURIComponent('quality" OR kind = "saas')}`, 'scenario'],
  ])('answers 400 for %s', async (query, field) => {
    const res = await request(sut.http).get(`/api/search/offerings?${query}`).expect(400);
    expect(String(res.body.message)).toContain(field);
  });

  it('shows approvals, applies approved revisions and drops suspended offerings', async () => {
    // Its own provider: renaming it below re-indexes only this offering.
    const reviser = await registerProvider(sut.http, '修订测试服务商');
    const fresh = await createOffering(sut.http, reviser, {
      title: '设备点检小程序',
      scenarios: ['equipment'],
    });
    await request(sut.http)
      .post(`/api/offerings/${fresh.id}/submit`)
      .set(...bearer(reviser.accessToken))
      .expect(200);
    // Pending is not public: not findable once everything queued so far has reached the index.
    await outboxDrained(sut, admin);
    expect((await search(sut, `q=${encodeURIComponent('点检')}`)).total).toBe(0);
    await request(sut.http)
      .post(`/api/admin/offerings/${fresh.id}/approve`)
      .set(...bearer(admin))
      .expect(200);
    await findable(sut, fresh.id);

    await request(sut.http)
      .patch(`/api/offerings/${fresh.id}`)
      .set(...bearer(reviser.accessToken))
      .send({ title: '设备点检与保养助手' })
      .expect(200);
    // The revision is not public until approved. A change made after it (the provider's new
    // name, carried by the offering's document) becoming findable proves that the offering was
    // indexed again after the revision was saved; only then does "not findable" mean anything.
    await request(sut.http)
      .put('/api/providers/me')
      .set(...bearer(reviser.accessToken))
      .send({
        name: 'Quokkaworks 修订测试服务商',
        kind: 'industrial_internet_platform',
        description: '面向中小制造企业的工业互联网平台',
      })
      .expect(200);
    await waitFor(
      async () =>
        (await search(sut, 'q=Quokkaworks')).items.some((i) => i.id === fresh.id)
          ? true
          : undefined,
      'the offering re-indexed with its provider’s new name',
    );
    await outboxDrained(sut, admin);
    expect((await search(sut, `q=${encodeURIComponent('保养')}`)).total).toBe(0);
    const published = await search(sut, `q=${encodeURIComponent('点检')}`);
    expect(published.items.map((i) => [i.id, i.title])).toEqual([[fresh.id, '设备点检小程序']]);

    await request(sut.http)
      .post(`/api/admin/offerings/${fresh.id}/approve`)
      .set(...bearer(admin))
      .expect(200);
    await waitFor(
      async () =>
        (await search(sut, `q=${encodeURIComponent('保养')}`)).total === 1 ? true : undefined,
      'revision indexed',
    );

    await request(sut.http)
      .post(`/api/admin/offerings/${fresh.id}/suspend`)
      .set(...bearer(admin))
      .send({ reason: '投诉' })
      .expect(200);
    await findable(sut, fresh.id, false);
  });

  it('reindexes during live writes without losing anything, reporting progress', async () => {
    const reindex = sut.app.get(ReindexService);
    const sync = sut.app.get(SearchSyncService);
    const doomed = await publishOffering(sut.http, provider, admin, {
      title: '重建索引期间下架的方案',
    });
    await findable(sut, doomed.id);

    // Hold the reindex where its bulk load is over and it is about to catch up (the relay's
    // pause before the swap), and write there: what is written now is not in the loaded
    // documents, so only the catch-up can bring it into the new index.
    const writes: { at?: ReindexProgress | null; published?: OfferingView } = {};
    const pause = sync.pause.bind(sync);
    const held = jest.spyOn(sync, 'pause').mockImplementationOnce(async () => {
      writes.at = reindex.progress();
      writes.published = await publishOffering(sut.http, provider, admin, {
        title: '重建索引期间发布的方案',
      });
      await request(sut.http)
        .post(`/api/admin/offerings/${doomed.id}/suspend`)
        .set(...bearer(admin))
        .send({ reason: '重建期间下架' })
        .expect(200);
      // The relay has sent both changes to the old index: the new one must catch up itself.
      await outboxDrained(sut, admin);
      return pause();
    });
    try {
      const started = await reindex.start();
      expect(started).toMatchObject({ state: 'running' });
      const done = await reindex.wait();
      expect(done).toMatchObject({ state: 'succeeded', phase: 'done', percent: 100 });
    } finally {
      held.mockRestore();
    }
    // The writes happened while the reindex ran, after its bulk load.
    expect(writes.at).toMatchObject({ state: 'running', phase: 'catching_up' });
    const during = writes.published!;
    // Right after the swap, with no help from the relay: the new index has both writes.
    const found = new Set((await search(sut, 'pageSize=100')).items.map((i) => i.id));
    expect(found.has(during.id)).toBe(true);
    expect(found.has(doomed.id)).toBe(false);
    for (const id of Object.values(ids)) expect(found.has(id)).toBe(true);
    const status = await request(sut.http)
      .get('/api/admin/search/status')
      .set(...bearer(admin))
      .expect(200);
    expect(status.body.reindex).toMatchObject({ state: 'succeeded' });
    await request(sut.http)
      .get('/api/admin/search/status')
      .set(...bearer(provider.accessToken))
      .expect(403);
  });

  it('reconciles drift between PostgreSQL and the index', async () => {
    const { SearchClient } = await import('../src/modules/search/search-client.js');
    const client = sut.app.get(SearchClient);
    await client.waitOk(client.index('offerings').deleteDocument(ids.consult));
    const report = await request(sut.http)
      .post('/api/admin/search/reconcile')
      .set(...bearer(admin))
      .expect(200);
    expect(report.body).toMatchObject({ missing: 1, repaired: 1 });
    await findable(sut, ids.consult);
  });
  it('answers 503, not 500, while the index is missing, and recreates it with its settings', async () => {
    const { SearchClient } = await import('../src/modules/search/search-client.js');
    const client = sut.app.get(SearchClient);
    await client.waitOk(client.client.deleteIndex(client.indexUid('offerings')));
    const res = await request(sut.http).get('/api/search/offerings?scenario=quality');
    expect(res.status).toBe(503);
    await waitFor(async () => {
      const r = await request(sut.http).get(
        '/api/search/offerings?scenario=quality&sort=price_asc',
      );
      return r.status === 200 ? true : undefined;
    }, 'index recreated with its settings');
    // The documents come back through reconciliation.
    await request(sut.http)
      .post('/api/admin/search/reconcile')
      .set(...bearer(admin))
      .expect(200);
    await findable(sut, ids.mes);
  });
});

describe('index sync when Meilisearch goes away and comes back', () => {
  let sut: TestApp;
  let proxy: TcpProxy;
  let admin: string;
  let provider: TestProvider;

  beforeAll(async () => {
    const meili = new URL(process.env.TEST_MEILI_URL!);
    proxy = await startTcpProxy(meili.hostname, Number(meili.port));
    sut = await createTestApp({
      MEILI_URL: `http://127.0.0.1:${proxy.port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '断线测试服务商');
  });
  afterAll(async () => {
    await sut.close();
    await proxy.close();
  });

  it('never fails a write while search is down, answers 503 for search, and catches up afterwards', async () => {
    const before = await publishOffering(sut.http, provider, admin, { title: '断线前发布' });
    await findable(sut, before.id);
    await proxy.cut();
    const during: string[] = [];
    for (let i = 0; i < 5; i++)
      during.push(
        (await publishOffering(sut.http, provider, admin, { title: `断线期间发布 ${i}` })).id,
      );
    await request(sut.http)
      .post(`/api/admin/offerings/${before.id}/suspend`)
      .set(...bearer(admin))
      .send({ reason: '测试' })
      .expect(200);
    const down = await request(sut.http).get('/api/search/offerings').expect(503);
    expect(down.body).toMatchObject({ statusCode: 503 });
    await request(sut.http).get('/api/health').expect(503);
    const status = await request(sut.http)
      .get('/api/admin/search/status')
      .set(...bearer(admin))
      .expect(200);
    expect(status.body.outbox.pending).toBeGreaterThan(0);
    expect(status.body.outbox.parked).toBe(0);

    await proxy.restore();
    await findable(sut, during);
    await findable(sut, before.id, false);
    // The relay deletes its rows just after Meilisearch confirms the tasks.
    const outbox = await waitFor(async () => {
      const after = await request(sut.http)
        .get('/api/admin/search/status')
        .set(...bearer(admin))
        .expect(200);
      const now = after.body.outbox as { pending: number; parked: number };
      return now.pending === 0 ? now : undefined;
    }, 'outbox drained');
    expect(outbox).toMatchObject({ pending: 0, parked: 0 });
  });
});
