import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import type { IndexStatus, OfferingView, SearchResponse } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { ReindexService } from '../src/modules/search/reindex.service.js';
import { SearchClient } from '../src/modules/search/search-client.js';
import { createTestApp, type TestApp } from './harness.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { registerUser } from './factories/users.js';
import { waitFor } from './wait-for.js';

/**
 * Two API instances (A and B) on one PostgreSQL database and one Meilisearch index, as behind a
 * load balancer: every limit, every approval and every reindex must hold across both. The
 * counters use the shared PostgreSQL store (RATE_LIMIT_STORE's default), on real time.
 */
const ADMIN = { email: 'multi-admin@example.com', password: 'admin-password-1' };

async function searchIds(sut: TestApp, query = 'pageSize=100'): Promise<Map<string, string>> {
  const res = await request(sut.http).get(`/api/search/offerings?${query}`).expect(200);
  return new Map((res.body as SearchResponse).items.map((i) => [i.id, i.title]));
}

async function outboxDrained(sut: TestApp, admin: string, timeoutMs?: number): Promise<void> {
  await waitFor(
    async () => {
      const res = await request(sut.http)
        .get('/api/admin/search/status')
        .set(...bearer(admin))
        .expect(200);
      return (res.body as IndexStatus).outbox.pending === 0 ? true : undefined;
    },
    'outbox drained',
    timeoutMs,
  );
}

/**
 * Real-time windows are aligned to wall-clock minutes (the guard's fixed window): start a burst
 * only when at least 15 s of the current minute are left, so it never straddles two windows.
 * The wait is at most 15 s, well inside the test's timeout.
 */
async function awayFromMinuteEnd(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 15_000) await new Promise((r) => setTimeout(r, left + 100));
}

describe('two API instances on one database and one index', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  let provider: TestProvider;

  beforeAll(async () => {
    const env = {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_MAX_FAILURES: '4',
      LOGIN_WINDOW_S: '600',
    };
    a = await createTestApp(env);
    b = await createTestApp(env, { sameStoresAs: a });
    await a.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(a.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(b.http, '双实例测试服务商');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('holds the login-failure limit across both: failures split over A and B reach 429 at the limit', async () => {
    const user = await registerUser(a.http, 'sme');
    const login = (sut: TestApp, password: string) =>
      request(sut.http).post('/api/auth/login').send({ email: user.user.email, password });
    // LOGIN_MAX_FAILURES=4: two failures on each instance. Per-instance counters would allow
    // four on each.
    await login(a, 'bad-password').expect(401);
    await login(b, 'bad-password').expect(401);
    await login(a, 'bad-password').expect(401);
    await login(b, 'bad-password').expect(401);
    for (const sut of [a, b]) {
      const blocked = await login(sut, user.password).expect(429);
      expect(blocked.body).toMatchObject({ statusCode: 429 });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    }
  });

  it('finds through B an offering created through B and approved on A', async () => {
    const offering = await createOffering(b.http, provider, { title: '双实例审核方案' });
    await request(b.http)
      .post(`/api/offerings/${offering.id}/submit`)
      .set(...bearer(provider.accessToken))
      .expect(200);
    await request(a.http)
      .post(`/api/admin/offerings/${offering.id}/approve`)
      .set(...bearer(admin))
      .expect(200);
    await waitFor(
      async () => ((await searchIds(b)).has(offering.id) ? true : undefined),
      'the approval findable through B',
    );
    const q = `q=${encodeURIComponent('双实例审核')}`;
    expect((await searchIds(b, q)).has(offering.id)).toBe(true);
  });

  // Fails on a build where the reindex's hold reaches only its own process (docs/adr/0010).
  it('loses no write made through B while a reindex started on A catches up and swaps', async () => {
    const before = await publishOffering(b.http, provider, admin, { title: '重建前发布的方案' });
    await waitFor(
      async () => ((await searchIds(a)).has(before.id) ? true : undefined),
      'the first offering findable',
    );
    const reindex = a.app.get(ReindexService);
    const client = a.app.get(SearchClient).client;
    // Hold A's reindex after it has read the changes to catch up and before it swaps, and write
    // through B there. A's pause of its own relay does not reach B: unless the pause holds every
    // instance's relay, B relays these writes into the index about to be replaced, and they are
    // lost with it.
    const during: { published?: OfferingView } = {};
    const swap = client.swapIndexes.bind(client);
    const held = jest.spyOn(client, 'swapIndexes').mockImplementationOnce((...args) => {
      const hold = async (): Promise<void> => {
        during.published = await publishOffering(b.http, provider, admin, {
          title: '重建期间经B发布的方案',
        });
        await request(b.http)
          .patch(`/api/offerings/${before.id}`)
          .set(...bearer(provider.accessToken))
          .send({ title: '重建期间经B修改的方案' })
          .expect(200);
        await request(b.http)
          .post(`/api/offerings/${before.id}/submit`)
          .set(...bearer(provider.accessToken))
          .expect(200);
        await request(b.http)
          .post(`/api/admin/offerings/${before.id}/approve`)
          .set(...bearer(admin))
          .expect(200);
        // Give B's relay a few seconds to send them (a relay held across processes keeps them
        // queued instead, which is the point); either way the reindex then goes on.
        await outboxDrained(b, admin, 3_000).catch(() => undefined);
      };
      return hold().then(() => swap(...args)) as unknown as ReturnType<typeof swap>;
    });
    try {
      await reindex.start();
      const done = await reindex.wait();
      expect(done).toMatchObject({ state: 'succeeded' });
    } finally {
      held.mockRestore();
    }
    expect(during.published).toBeDefined();
    // After the swap both of B's writes reach the live index, read through either app.
    await waitFor(async () => {
      for (const sut of [a, b]) {
        const found = await searchIds(sut);
        if (!found.has(during.published!.id)) return undefined;
        if (found.get(before.id) !== '重建期间经B修改的方案') return undefined;
      }
      return true;
    }, "B's writes made during A's reindex findable through A and B");
  });
});

describe('two API instances sharing the per-address request limit', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await createTestApp({ RATE_LIMIT_PER_MINUTE: '6' });
    b = await createTestApp({ RATE_LIMIT_PER_MINUTE: '6' }, { sameStoresAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('counts one address over both instances: six requests split over A and B, then 429 on each', async () => {
    await awayFromMinuteEnd();
    const me = (sut: TestApp) => request(sut.http).get('/api/auth/me');
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (const sut of [a, b, a, b, a, b]) {
      const res = await me(sut);
      statuses.push(res.status);
      remaining.push(String(res.headers['x-ratelimit-remaining']));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    expect(remaining).toEqual(['5', '4', '3', '2', '1', '0']);
    for (const sut of [a, b]) {
      const limited = await me(sut).expect(429);
      expect(limited.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});
