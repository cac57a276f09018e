import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import {
  OWNER_LIMITS,
  SEARCH_VALUES_PER_PARAMETER_MAX,
  type PlanItemView,
} from '@toolbox/contracts';
import { creditCodeCheckChar } from '@toolbox/domain';
import { DataSource } from 'typeorm';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { HEALTH_CACHE_MS } from '../src/modules/health/health.service.js';
import { SearchClient } from '../src/modules/search/search-client.js';
import { createTestApp, type TestApp } from './harness.js';
import { answersAt } from './factories/assessments.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { registerUser, type TestUser } from './factories/users.js';
import { TestClock } from './test-clock.js';

/** Issue 10, "Smaller": each case failed before its fix. */
const ADMIN = { email: 'small-admin@example.com', password: 'admin-password-1' };
const CREDIT_CODE = `91330100MA2AB3CD4${creditCodeCheckChar('91330100MA2AB3CD4')}`;

describe('smaller hardening items', () => {
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;
  const clock = new TestClock(Date.UTC(2030, 0, 15, 12, 0, 30));

  beforeAll(async () => {
    sut = await createTestApp(
      { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      { clock },
    );
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '加固测试服务商');
  });
  afterAll(async () => {
    await sut.close();
  });

  it("does not show a rejected revision's reason on the public offering (owner and admin see it)", async () => {
    const o = await publishOffering(sut.http, provider, admin);
    await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .send({ title: '夸大宣传的标题' })
      .expect(200);
    await request(sut.http)
      .post(`/api/admin/offerings/${o.id}/reject`)
      .set(...bearer(admin))
      .send({ reason: '内部审核意见：标题夸大' })
      .expect(200);
    const anonymous = await request(sut.http).get(`/api/offerings/${o.id}`).expect(200);
    expect(anonymous.body).toMatchObject({ status: 'published', statusReason: null });
    const sme = await registerUser(sut.http, 'sme');
    const asSme = await request(sut.http)
      .get(`/api/offerings/${o.id}`)
      .set(...bearer(sme.accessToken))
      .expect(200);
    expect(asSme.body.statusReason).toBeNull();
    for (const token of [provider.accessToken, admin]) {
      const res = await request(sut.http)
        .get(`/api/offerings/${o.id}`)
        .set(...bearer(token))
        .expect(200);
      expect(res.body.statusReason).toBe('内部审核意见：标题夸大');
    }
    const page = await request(sut.http).get(`/api/providers/${provider.providerId}`).expect(200);
    const listed = (page.body.offerings as { id: string; statusReason: string | null }[]).find(
      (x) => x.id === o.id,
    );
    expect(listed?.statusReason).toBeNull();
  });

  it('shows plan items the last published title and plans of an offering edited while suspended', async () => {
    const o = await publishOffering(sut.http, provider, admin, { title: '发布时的标题' });
    const sme = await registerUser(sut.http, 'sme');
    await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({ offeringId: o.id, scenario: 'production_control', priority: 3, phase: 'now' })
      .expect(201);
    await request(sut.http)
      .post(`/api/admin/offerings/${o.id}/suspend`)
      .set(...bearer(admin))
      .send({ reason: '投诉核查' })
      .expect(200);
    // Suspended: edited in place, unreviewed.
    await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .send({
        title: '未经审核的新标题',
        plans: [{ name: '涨价版', billingPeriod: 'month', priceCents: 999900, trialDays: 0 }],
      })
      .expect(200);
    const plan = await request(sut.http)
      .get('/api/plans/me')
      .set(...bearer(sme.accessToken))
      .expect(200);
    const items = (plan.body as { items: PlanItemView[] }).items;
    const item = items.find((i) => i.offering?.id === o.id);
    expect(item?.offering).toMatchObject({
      title: '发布时的标题',
      minMonthlyPriceCents: 41658,
      plans: [
        { name: '基础版', priceCents: 49900 },
        { name: '标准版', priceCents: 499900 },
      ],
    });
  });

  it("gives a company profile created after an assessment that assessment's level and weak scenarios", async () => {
    const sme = await registerUser(sut.http, 'sme');
    const taken = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt(0, 0) })
      .expect(201);
    const profile = await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({
        companyName: '先测评后建档制造',
        creditCode: CREDIT_CODE,
        industry: 'C34',
        region: '330100',
        employees: 50,
      })
      .expect(200);
    expect(taken.body.level).toEqual(expect.any(Number));
    expect(profile.body.level).toBe(taken.body.level);
    const again = await request(sut.http)
      .get('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .expect(200);
    expect(again.body.level).toBe(taken.body.level);
    // Weak scenarios reach matching: the profile has them (weak_area reasons need them).
    const { SmesService } = await import('../src/modules/smes/smes.service.js');
    const matching = await sut.app
      .get(SmesService)
      .matchingProfile({ id: sme.user.id, role: 'sme' } as never);
    expect([...matching.profile.weakScenarios].sort()).toEqual(
      [...(taken.body.weakScenarios as string[])].sort(),
    );
    // So do its scenario ratings (the level fit of matching).
    expect(matching.profile.scenarioRatings).toEqual(taken.body.scenarioRatings);
  });

  it('queries Meilisearch with a search-only key (derived at start-up), never the master key', async () => {
    const search = sut.app.get(SearchClient);
    const queries = await search.queries();
    const key = queries.config.apiKey;
    expect(key).toBeDefined();
    expect(key).not.toBe(sut.config.meiliMasterKey);
    const { results } = await search.client.getKeys({ limit: 1000 });
    expect(results.find((k) => k.key === key)?.actions).toEqual(['search']);
    // It cannot write...
    await expect(
      queries.index(search.indexUid('offerings')).addDocuments([{ id: 'intruder' }]),
    ).rejects.toThrow();
    // ...and the search route works with it.
    await request(sut.http).get('/api/search/offerings?q=MES').expect(200);
  });

  it('checks PostgreSQL and Meilisearch at most once a second for /api/health', async () => {
    const search = sut.app.get(SearchClient);
    const probes = jest.spyOn(search, 'isHealthy');
    try {
      clock.advance(HEALTH_CACHE_MS);
      for (let i = 0; i < 5; i++) await request(sut.http).get('/api/health').expect(200);
      expect(probes).toHaveBeenCalledTimes(1);
      clock.advance(HEALTH_CACHE_MS);
      await request(sut.http).get('/api/health').expect(200);
      expect(probes).toHaveBeenCalledTimes(2);
    } finally {
      probes.mockRestore();
    }
  });

  it(`caps each repeated search parameter at ${SEARCH_VALUES_PER_PARAMETER_MAX} values (400)`, async () => {
    const many = (name: string, value: string, n: number) =>
      Array.from({ length: n }, () => `${name}=${value}`).join('&');
    await request(sut.http)
      .get(`/api/search/offerings?${many('stage', '1', SEARCH_VALUES_PER_PARAMETER_MAX)}`)
      .expect((res) => expect(res.status).not.toBe(400));
    for (const [name, value] of [
      ['scenario', 'quality'],
      ['industry', 'C34'],
      ['stage', '1'],
      ['kind', 'saas'],
    ]) {
      const res = await request(sut.http)
        .get(`/api/search/offerings?${many(name, value, SEARCH_VALUES_PER_PARAMETER_MAX + 1)}`)
        .expect(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: name })]),
      );
    }
  });

  it(`caps plan items at ${OWNER_LIMITS.planItemsPerSme} per SME and offerings at ${OWNER_LIMITS.offeringsPerProvider} per provider (409)`, async () => {
    const sme: TestUser = await registerUser(sut.http, 'sme');
    const db = sut.app.get(DataSource);
    // Fill up to one below each cap directly, then the API adds the last one and refuses the next.
    await db.query(
      `INSERT INTO plan_items (user_id, title, scenario, priority, phase, status)
       SELECT $1, 'item ' || n, 'quality', 3, 'later', 'planned' FROM generate_series(1, $2) n`,
      [sme.user.id, OWNER_LIMITS.planItemsPerSme - 1],
    );
    const item = { title: '自由行动', scenario: 'quality', priority: 3, phase: 'later' };
    await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send(item)
      .expect(201);
    const full = await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send(item)
      .expect(409);
    expect(full.body).toMatchObject({ code: 'PLAN_LIMIT_REACHED' });
    expect(full.body.message).toContain(String(OWNER_LIMITS.planItemsPerSme));

    const busy = await registerProvider(sut.http, '产品很多的服务商');
    const first = await createOffering(sut.http, busy);
    await db.query(
      `INSERT INTO offerings (provider_id, status, title, summary, description, kind, scenarios,
         industries, stages, regions, deployment, delivery_days, plans, tags, min_monthly_price_cents)
       SELECT provider_id, 'draft', title || n, summary, description, kind, scenarios, industries,
         stages, regions, deployment, delivery_days, plans, tags, min_monthly_price_cents
       FROM offerings, generate_series(1, $2) n WHERE id = $1`,
      [first.id, OWNER_LIMITS.offeringsPerProvider - 2],
    );
    await createOffering(sut.http, busy);
    const refused = await request(sut.http)
      .post('/api/offerings')
      .set(...bearer(busy.accessToken))
      .send({ ...(await import('./factories/catalogue.js')).offeringBody() })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'OFFERING_LIMIT_REACHED' });
    expect(refused.body.message).toContain(String(OWNER_LIMITS.offeringsPerProvider));
  });
});

describe('health is rate-limited, generously and apart from other requests', () => {
  it('answers 429 past ten times RATE_LIMIT_PER_MINUTE health checks from one address', async () => {
    const clock = new TestClock(Date.UTC(2030, 0, 15, 12, 0, 30));
    const sut = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' }, { clock });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++)
        statuses.push((await request(sut.http).get('/api/health')).status);
      expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
      expect(statuses[20]).toBe(429);
      // Its own counter: the address's two other requests are still there.
      await request(sut.http).get('/api/auth/me').expect(401);
      await request(sut.http).get('/api/auth/me').expect(401);
      await request(sut.http).get('/api/auth/me').expect(429);
    } finally {
      await sut.close();
    }
  });
});
