import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { FieldError, OfferingView, PlanItemView } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser, uniqueEmail } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';

const ADMIN = { email: 'bad-input-admin@example.com', password: 'admin-password-1' };

/** A JSON text nested `depth` arrays deep (`[[[…]]]`): 2 bytes a level. */
const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

/**
 * Issue 10's table of requests that answered 500 (or stored a `null`): each is a named
 * regression test. "Never a 500 for bad input" (api-v1.md, Conventions).
 */
describe('bad input is a 400, never a 500 (issue 10)', () => {
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;
  let sme: TestUser;

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http);
    sme = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  const errorsOf = (body: unknown): FieldError[] => (body as { errors: FieldError[] }).errors;

  it('register with a NUL character in the name is a 400 noControlChars on name', async () => {
    const res = await request(sut.http)
      .post('/api/auth/register')
      .send({ email: uniqueEmail('nul'), password: 'long-enough-1', name: 'a\u0000', role: 'sme' })
      .expect(400);
    expect(errorsOf(res.body)).toContainEqual({
      field: 'name',
      code: 'noControlChars',
      message: expect.any(String),
    });
  });

  it.each([
    ['a NUL in a query string', '/api/search/offerings?q=a%00b', 'q'],
    ['a NUL in an admin filter', '/api/admin/offerings?q=%00', 'q'],
  ])('%s is a 400 noControlChars', async (_what, path, field) => {
    const res = await request(sut.http)
      .get(path)
      .set(...bearer(admin))
      .expect(400);
    expect(errorsOf(res.body)).toContainEqual({
      field,
      code: 'noControlChars',
      message: expect.any(String),
    });
  });

  it('login with a lone surrogate as the email (found by the 50 000-request fuzz, seed 20261202) is a 400', async () => {
    const res = await request(sut.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":"\\ud800"}')
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'email', code: 'invalidUnicode', message: expect.any(String) },
    ]);
    const withPassword = await request(sut.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":"\\ud800","password":"long-enough-1"}');
    expect(withPassword.status).toBe(400);
  });

  it('keeps line breaks and tabs in long texts (they are not control characters to refuse)', async () => {
    const o = await createOffering(sut.http, provider, { description: '第一段\n\n第二段\t完' });
    expect(o.description).toBe('第一段\n\n第二段\t完');
  });

  it('search with maxMonthlyPriceCents=99999999999999999999 is a 400 on that parameter', async () => {
    const res = await request(sut.http)
      .get('/api/search/offerings?maxMonthlyPriceCents=99999999999999999999')
      .expect(400);
    expect(new Set(errorsOf(res.body).map((e) => e.field))).toEqual(
      new Set(['maxMonthlyPriceCents']),
    );
  });

  it.each([
    ['page', '/api/search/offerings?page=99999999999999999999'],
    ['stage', '/api/search/offerings?stage=99999999999999999999'],
    ['limit', '/api/matches?limit=-99999999999999999999'],
  ])('an integer beyond the safe range in %s is a 400', async (field, path) => {
    const res = await request(sut.http)
      .get(path)
      .set(...bearer(sme.accessToken))
      .expect(400);
    expect(errorsOf(res.body).map((e) => e.field)).toContain(field);
  });

  it('login with a 10 KB body nested 5 000 arrays deep is a 400 tooDeep', async () => {
    const body = nestedArrays(5000);
    expect(body.length).toBe(10_000);
    const res = await request(sut.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(body)
      .expect(400);
    expect(errorsOf(res.body)).toEqual([
      { field: '', code: 'tooDeep', message: expect.any(String) },
    ]);
  });

  it('a deep object inside a valid body (assessment answers) is a 400 tooDeep', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200; i++) deep = { a: deep };
    const res = await request(sut.http)
      .put('/api/assessments/draft')
      .set(...bearer(sme.accessToken))
      .send({ answers: { f_network: deep } })
      .expect(400);
    expect(errorsOf(res.body)).toEqual([
      { field: '', code: 'tooDeep', message: expect.any(String) },
    ]);
  });

  it.each(['from', 'to'])(
    'audit with %s=2025-02-30 (no such day) is a 400 on that parameter',
    async (field) => {
      const res = await request(sut.http)
        .get(`/api/admin/audit?${field}=2025-02-30`)
        .set(...bearer(admin))
        .expect(400);
      expect(errorsOf(res.body).map((e) => e.field)).toEqual([field]);
    },
  );

  it('audit still accepts real dates and timestamps', async () => {
    await request(sut.http)
      .get('/api/admin/audit?from=2024-02-29&to=2030-01-01T00:00:00Z')
      .set(...bearer(admin))
      .expect(200);
  });

  it('PATCH {"title": null} on a published offering is a 400 notNull; nothing is stored and approve still works', async () => {
    const o = await publishOffering(sut.http, provider, admin, { title: '空值修订测试' });
    const res = await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .send({ title: null })
      .expect(400);
    expect(errorsOf(res.body)).toEqual([
      { field: 'title', code: 'notNull', message: expect.any(String) },
    ]);
    const after = await request(sut.http)
      .get(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .expect(200);
    // No revision was stored: the owner sees the published content, no pending revision.
    const seen = after.body as OfferingView & { pendingRevision?: unknown };
    expect(seen.pendingRevision ?? false).toBe(false);
    expect(seen.title).toBe('空值修订测试');
    // A valid revision afterwards is approved normally.
    await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .send({ title: '空值修订测试（新）' })
      .expect(200);
    await request(sut.http)
      .post(`/api/admin/offerings/${o.id}/approve`)
      .set(...bearer(admin))
      .expect(200);
  });

  const NON_NULLABLE_OFFERING_FIELDS = [
    'title',
    'summary',
    'description',
    'kind',
    'scenarios',
    'industries',
    'stages',
    'regions',
    'deployment',
    'deliveryDays',
    'plans',
    'tags',
  ];

  it.each(NON_NULLABLE_OFFERING_FIELDS)(
    'PATCH a draft offering with %s: null is a 400 notNull naming the field',
    async (field) => {
      const o = await createOffering(sut.http, provider);
      const res = await request(sut.http)
        .patch(`/api/offerings/${o.id}`)
        .set(...bearer(provider.accessToken))
        .send({ [field]: null })
        .expect(400);
      expect(errorsOf(res.body)).toEqual([
        { field, code: 'notNull', message: `${field} must not be null` },
      ]);
    },
  );

  it('PATCH a draft offering with titleEn: null clears the optional English title', async () => {
    const o = await createOffering(sut.http, provider, { titleEn: 'Cloud MES' });
    const res = await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(provider.accessToken))
      .send({ titleEn: null })
      .expect(200);
    expect((res.body as OfferingView).titleEn).toBeNull();
  });

  describe('plan items', () => {
    let item: PlanItemView;
    beforeAll(async () => {
      const res = await request(sut.http)
        .post('/api/plans/me/items')
        .set(...bearer(sme.accessToken))
        .send({ title: '上线扫码报工', scenario: 'production_control', priority: 3, phase: 'now' })
        .expect(201);
      item = res.body as PlanItemView;
    });

    it.each(['title', 'scenario', 'priority', 'phase', 'status'])(
      'PATCH a plan item with %s: null is a 400 notNull naming the field',
      async (field) => {
        const res = await request(sut.http)
          .patch(`/api/plans/me/items/${item.id}`)
          .set(...bearer(sme.accessToken))
          .send({ [field]: null })
          .expect(400);
        expect(errorsOf(res.body)).toEqual([
          { field, code: 'notNull', message: `${field} must not be null` },
        ]);
      },
    );

    it('PATCH a plan item with targetDate, planIndex or notes: null clears them', async () => {
      await request(sut.http)
        .patch(`/api/plans/me/items/${item.id}`)
        .set(...bearer(sme.accessToken))
        .send({ targetDate: null, planIndex: null, notes: null })
        .expect(200);
    });
  });

  it('PUT /providers/me with null for a required field is a 400 naming it', async () => {
    const res = await request(sut.http)
      .put('/api/providers/me')
      .set(...bearer(provider.accessToken))
      .send({ name: null, kind: 'service_provider', description: '描述' })
      .expect(400);
    expect(errorsOf(res.body).map((e) => e.field)).toEqual(['name']);
  });
});
