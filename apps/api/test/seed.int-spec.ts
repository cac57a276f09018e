import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SeedService } from '../src/modules/seed/seed.service.js';
import { DEMO_PASSWORD, DEMO_SME_EMAIL } from '../src/modules/seed/demo-data.js';
import { createTestApp, type TestApp } from './harness.js';
import { bearer } from './factories/catalogue.js';
import { waitFor } from './wait-for.js';

describe('demo data', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => {
    await sut.close();
  });

  it('seeds a living marketplace once, and never into a database that has data', async () => {
    const seed = sut.app.get(SeedService);
    const report = await seed.seedIfEmpty();
    expect(report.seeded).toBe(true);
    expect(report.providers).toBeGreaterThanOrEqual(40);
    expect(report.published).toBeGreaterThanOrEqual(300);
    expect(report.smes).toBeGreaterThanOrEqual(24);
    expect(await seed.seedIfEmpty()).toMatchObject({ seeded: false });

    const ds = sut.app.get(DataSource);
    const statuses = await ds.query<{ status: string; n: string }[]>(
      'SELECT status, count(*) AS n FROM offerings GROUP BY status',
    );
    const by = Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]));
    expect(by).toMatchObject({
      pending: expect.any(Number),
      rejected: expect.any(Number),
      draft: expect.any(Number),
    });

    // Published offerings reach search through the outbox: hundreds of them, so a longer wait
    // than the default, half of this test's timeout.
    const total = await waitFor(
      async () => {
        const r = await request(sut.http).get('/api/search/offerings?pageSize=1').expect(200);
        return (r.body.total as number) === report.published ? (r.body.total as number) : undefined;
      },
      'seeded offerings indexed',
      60_000,
    );
    expect(total).toBe(report.published);
    const facets = (await request(sut.http).get('/api/search/offerings?pageSize=1').expect(200))
      .body.facets as {
      scenarios: Record<string, number>;
      stages: Record<string, number>;
    };
    expect(Object.keys(facets.scenarios)).toHaveLength(22);
    expect(Object.keys(facets.stages).sort()).toEqual(['1', '2', '3', '4']);

    // The demo SME can sign in and gets matches with reasons.
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: DEMO_SME_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    const matches = await request(sut.http)
      .get('/api/matches')
      .set(...bearer(login.body.accessToken as string))
      .expect(200);
    expect((matches.body.items as unknown[]).length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
