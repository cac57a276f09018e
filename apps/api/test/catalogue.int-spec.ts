import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { OfferingView } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import {
  as,
  bearer,
  createOffering,
  loginAdmin,
  offeringBody,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';

const ADMIN = { email: 'catalogue-admin@example.com', password: 'admin-password-1' };

describe('catalogue workflow (api-v1 Providers and offerings)', () => {
  let sut: TestApp;
  let admin: string;
  let owner: TestProvider;
  let other: TestProvider;
  let sme: TestUser;

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    owner = await registerProvider(sut.http, '云启工业互联网');
    other = await registerProvider(sut.http, '别家服务商');
    sme = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('creates a draft with derived monthly price, normalised lists and the provider', async () => {
    const o = await createOffering(sut.http, owner, {
      stages: [2, 1],
      scenarios: ['quality', 'production_control'],
    });
    expect(o).toMatchObject({
      status: 'draft',
      statusReason: null,
      stages: [1, 2],
      scenarios: ['production_control', 'quality'],
      minMonthlyPriceCents: 41658, // 499900 / 12 = 41658.33 < 49900
      pendingRevision: false,
      provider: {
        id: owner.providerId,
        name: '云启工业互联网',
        kind: 'industrial_internet_platform',
      },
      rating: null,
    });
  });

  it('needs a provider profile before the first offering (409 saying what to do)', async () => {
    const bare = await registerUser(sut.http, 'provider');
    const res = await as(sut.http, bare.accessToken)
      .post('/api/offerings', offeringBody())
      .expect(409);
    expect(res.body.code).toBe('PROVIDER_PROFILE_REQUIRED');
    expect(res.body.message).toMatch(/providers\/me/);
  });

  it.each([
    [{ title: 'x'.repeat(81) }, 'title'],
    [{ summary: 'x'.repeat(201) }, 'summary'],
    [{ description: 'x'.repeat(10_001) }, 'description'],
    [{ plans: [] }, 'plans'],
    [
      {
        plans: Array.from({ length: 6 }, () => ({
          name: 'a',
          billingPeriod: 'month',
          priceCents: 1,
          trialDays: 0,
        })),
      },
      'plans',
    ],
    [
      { plans: [{ name: 'a', billingPeriod: 'month', priceCents: -1, trialDays: 0 }] },
      'priceCents',
    ],
    [
      { plans: [{ name: 'a', billingPeriod: 'month', priceCents: 9.5, trialDays: 0 }] },
      'priceCents',
    ],
    [
      { plans: [{ name: 'a', billingPeriod: 'weekly', priceCents: 1, trialDays: 0 }] },
      'billingPeriod',
    ],
    [{ scenarios: [] }, 'scenarios'],
    [{ scenarios: ['teleportation'] }, 'scenarios'],
    [{ industries: ['C99'] }, 'industries'],
    [{ regions: ['999999'] }, 'regions'],
    [{ stages: [0] }, 'stages'],
    [{ stages: [5] }, 'stages'],
    [{ stages: [] }, 'stages'],
    [{ kind: 'magic' }, 'kind'],
    [{ deployment: 'moon' }, 'deployment'],
  ])('rejects %j with a 400 naming %s', async (override, field) => {
    const res = await as(sut.http, owner.accessToken)
      .post('/api/offerings', { ...offeringBody(), ...override })
      .expect(400);
    const messages = ([] as string[]).concat(res.body.message as string | string[]);
    expect(messages.some((m) => m.includes(field))).toBe(true);
    const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
    expect(
      fields.some((f) => f === field || f.startsWith(`${field}.`) || f.endsWith(`.${field}`)),
    ).toBe(true);
  });

  it('names nested fields by their dotted path and the failed rule by its code', async () => {
    const res = await request(sut.http)
      .post('/api/offerings')
      .set(...bearer(owner.accessToken))
      .send({
        ...offeringBody(),
        plans: [
          { name: 'a', billingPeriod: 'month', priceCents: 100, trialDays: 0 },
          { name: 'b', billingPeriod: 'month', priceCents: -1, trialDays: 0 },
        ],
      })
      .expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'plans.1.priceCents',
        code: 'min',
        message: expect.stringMatching(/^plans\.1\.priceCents /),
      },
    ]);
  });

  it('rejects unknown fields (no mass assignment of status, rating or provider)', async () => {
    const res = await as(sut.http, owner.accessToken)
      .post('/api/offerings', { ...offeringBody(), status: 'published', rating: 5 })
      .expect(400);
    expect(String(res.body.message)).toMatch(/status should not exist/);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'status', code: 'unknownField', message: expect.any(String) },
        { field: 'rating', code: 'unknownField', message: expect.any(String) },
      ]),
    );
  });

  it('runs draft → pending → published, and anonymous visitors see it only once published', async () => {
    const o = await createOffering(sut.http, owner);
    await request(sut.http).get(`/api/offerings/${o.id}`).expect(404);
    const submitted = await as(sut.http, owner.accessToken)
      .post(`/api/offerings/${o.id}/submit`)
      .expect(200);
    expect(submitted.body).toEqual({ status: 'pending' });
    await request(sut.http).get(`/api/offerings/${o.id}`).expect(404);
    const queue = await as(sut.http, admin)
      .get('/api/admin/offerings?status=pending&pageSize=100')
      .expect(200);
    expect((queue.body.items as OfferingView[]).map((i) => i.id)).toContain(o.id);
    const approved = await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/approve`)
      .expect(200);
    expect(approved.body).toEqual({ status: 'published' });
    const pub = await request(sut.http).get(`/api/offerings/${o.id}`).expect(200);
    expect(pub.body).toMatchObject({ id: o.id, status: 'published', title: '云MES 轻量版' });
    expect(pub.body.publishedAt).toEqual(expect.any(String));
    expect(pub.body).not.toHaveProperty('revision');
  });

  it('answers 409 on illegal moves', async () => {
    const draft = await createOffering(sut.http, owner);
    await as(sut.http, admin).post(`/api/admin/offerings/${draft.id}/approve`).expect(409);
    await as(sut.http, admin)
      .post(`/api/admin/offerings/${draft.id}/suspend`, { reason: 'x' })
      .expect(409);
    const published = await publishOffering(sut.http, owner, admin);
    const res = await as(sut.http, owner.accessToken)
      .post(`/api/offerings/${published.id}/submit`)
      .expect(409);
    expect(res.body.message).toBe('cannot submit a published offering without a pending revision');
    await as(sut.http, admin).post(`/api/admin/offerings/${published.id}/approve`).expect(409);
  });

  it('rejects with a required reason shown to the provider, and a rejected offering can be edited and resubmitted', async () => {
    const o = await createOffering(sut.http, owner);
    await as(sut.http, owner.accessToken).post(`/api/offerings/${o.id}/submit`).expect(200);
    await as(sut.http, admin).post(`/api/admin/offerings/${o.id}/reject`, {}).expect(400);
    await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/reject`, { reason: '  ' })
      .expect(400);
    const rejected = await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/reject`, {
        reason: '价格说明不完整：请补充年付方案的服务范围',
      })
      .expect(200);
    expect(rejected.body).toEqual({ status: 'rejected' });
    const mine = await as(sut.http, owner.accessToken).get(`/api/offerings/${o.id}`).expect(200);
    expect(mine.body).toMatchObject({
      status: 'rejected',
      statusReason: '价格说明不完整：请补充年付方案的服务范围',
    });
    const edited = await as(sut.http, owner.accessToken)
      .patch(`/api/offerings/${o.id}`, { summary: '补充了年付方案说明' })
      .expect(200);
    expect(edited.body).toMatchObject({ status: 'rejected', summary: '补充了年付方案说明' });
    const again = await as(sut.http, owner.accessToken)
      .post(`/api/offerings/${o.id}/submit`)
      .expect(200);
    expect(again.body).toEqual({ status: 'pending' });
  });

  it('keeps a pending offering pending when it is edited', async () => {
    const o = await createOffering(sut.http, owner);
    await as(sut.http, owner.accessToken).post(`/api/offerings/${o.id}/submit`).expect(200);
    const res = await as(sut.http, owner.accessToken)
      .patch(`/api/offerings/${o.id}`, { deliveryDays: 3 })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'pending', deliveryDays: 3 });
  });

  it('stores an edit of a published offering as a pending revision; the public keeps the published version until approval', async () => {
    const o = await publishOffering(sut.http, owner, admin);
    const patched = await request(sut.http)
      .patch(`/api/offerings/${o.id}`)
      .set(...bearer(owner.accessToken))
      .send({
        title: '云MES 专业版',
        plans: [{ name: '专业版', billingPeriod: 'month', priceCents: 99900, trialDays: 7 }],
      })
      .expect(200);
    expect(patched.body).toMatchObject({
      status: 'published',
      pendingRevision: true,
      title: '云MES 轻量版',
    });
    expect(patched.body.revision).toMatchObject({ title: '云MES 专业版' });
    // A second PATCH replaces the revision and keeps the earlier change.
    await as(sut.http, owner.accessToken)
      .patch(`/api/offerings/${o.id}`, { deliveryDays: 2 })
      .expect(200);

    const anon = await request(sut.http).get(`/api/offerings/${o.id}`).expect(200);
    expect(anon.body).toMatchObject({
      title: '云MES 轻量版',
      minMonthlyPriceCents: 41658,
      pendingRevision: true,
    });
    expect(anon.body).not.toHaveProperty('revision');

    const queue = await as(sut.http, admin)
      .get('/api/admin/offerings?status=pending&pageSize=100')
      .expect(200);
    expect((queue.body.items as OfferingView[]).find((i) => i.id === o.id)).toMatchObject({
      status: 'published',
      pendingRevision: true,
    });

    const diff = await as(sut.http, admin).get(`/api/admin/offerings/${o.id}/diff`).expect(200);
    expect((diff.body.changes as { field: string }[]).map((c) => c.field)).toEqual([
      'title',
      'deliveryDays',
      'plans',
    ]);
    expect(diff.body.changes[0]).toEqual({
      field: 'title',
      before: '云MES 轻量版',
      after: '云MES 专业版',
    });

    // Submitting with a pending revision is fine (it already waits for review).
    await as(sut.http, owner.accessToken).post(`/api/offerings/${o.id}/submit`).expect(200);

    const approved = await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/approve`)
      .expect(200);
    expect(approved.body).toEqual({ status: 'published' });
    const after = await request(sut.http).get(`/api/offerings/${o.id}`).expect(200);
    expect(after.body).toMatchObject({
      title: '云MES 专业版',
      deliveryDays: 2,
      minMonthlyPriceCents: 99900,
      pendingRevision: false,
    });
  });

  it('rejecting a revision keeps the published version and tells the provider why', async () => {
    const o = await publishOffering(sut.http, owner, admin);
    await as(sut.http, owner.accessToken)
      .patch(`/api/offerings/${o.id}`, { title: '夸大宣传的标题' })
      .expect(200);
    const res = await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/reject`, { reason: '标题含夸大宣传用语' })
      .expect(200);
    expect(res.body).toEqual({ status: 'published' });
    const mine = await as(sut.http, owner.accessToken).get(`/api/offerings/${o.id}`).expect(200);
    expect(mine.body).toMatchObject({
      status: 'published',
      title: '云MES 轻量版',
      pendingRevision: false,
      statusReason: '标题含夸大宣传用语',
      revision: null,
    });
  });

  it('suspends a published offering (hidden from the public), and resubmission goes back to review', async () => {
    const o = await publishOffering(sut.http, owner, admin);
    await as(sut.http, admin).post(`/api/admin/offerings/${o.id}/suspend`, {}).expect(400);
    const res = await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/suspend`, { reason: '用户投诉：无法开通试用' })
      .expect(200);
    expect(res.body).toEqual({ status: 'suspended' });
    await request(sut.http).get(`/api/offerings/${o.id}`).expect(404);
    await as(sut.http, sme.accessToken).get(`/api/offerings/${o.id}`).expect(404);
    const own = await as(sut.http, owner.accessToken).get(`/api/offerings/${o.id}`).expect(200);
    expect(own.body).toMatchObject({ status: 'suspended', statusReason: '用户投诉：无法开通试用' });
    const again = await as(sut.http, owner.accessToken)
      .post(`/api/offerings/${o.id}/submit`)
      .expect(200);
    expect(again.body).toEqual({ status: 'pending' });
  });

  it('keeps an audit log of every edit and decision, with who, when and what changed', async () => {
    const o = await createOffering(sut.http, owner);
    await as(sut.http, owner.accessToken)
      .patch(`/api/offerings/${o.id}`, { deliveryDays: 30 })
      .expect(200);
    await as(sut.http, owner.accessToken).post(`/api/offerings/${o.id}/submit`).expect(200);
    await as(sut.http, admin)
      .post(`/api/admin/offerings/${o.id}/reject`, { reason: '缺少交付说明' })
      .expect(200);
    const res = await as(sut.http, admin).get(`/api/admin/audit?entityId=${o.id}`).expect(200);
    const entries = res.body.items as {
      action: string;
      actor: { id: string; role: string };
      reason: string | null;
      changes: unknown[];
    }[];
    expect(entries.map((e) => e.action)).toEqual(['reject', 'submit', 'update', 'create']);
    expect(entries[0]).toMatchObject({ reason: '缺少交付说明', actor: { role: 'admin' } });
    expect(entries[2]).toMatchObject({
      actor: { id: owner.user.id },
      changes: [{ field: 'deliveryDays', before: 7, after: 30 }],
    });
    const filtered = await as(sut.http, admin)
      .get('/api/admin/audit?action=reject&pageSize=100')
      .expect(200);
    expect((filtered.body.items as { action: string }[]).every((e) => e.action === 'reject')).toBe(
      true,
    );
    await as(sut.http, admin).get('/api/admin/audit?action=explode').expect(400);
  });

  it('lists own offerings in any status, paged', async () => {
    const fresh = await registerProvider(sut.http, '分页测试');
    for (let i = 0; i < 3; i++) await createOffering(sut.http, fresh, { title: `方案 ${i}` });
    const res = await as(sut.http, fresh.accessToken)
      .get('/api/offerings/mine?page=1&pageSize=2')
      .expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(res.body.items).toHaveLength(2);
    await as(sut.http, fresh.accessToken).get('/api/offerings/mine?pageSize=101').expect(400);
    await as(sut.http, fresh.accessToken).get('/api/offerings/mine?pageSize=0').expect(400);
    await as(sut.http, fresh.accessToken).get('/api/offerings/mine?page=abc').expect(400);
  });

  it('shows a public provider page with published offerings only', async () => {
    const p = await registerProvider(sut.http, '公开页测试');
    await createOffering(sut.http, p, { title: '未发布草稿' });
    await publishOffering(sut.http, p, admin, { title: '已发布方案' });
    const res = await request(sut.http).get(`/api/providers/${p.providerId}`).expect(200);
    expect(res.body).toMatchObject({ id: p.providerId, name: '公开页测试', offeringCount: 1 });
    expect((res.body.offerings as OfferingView[]).map((o) => o.title)).toEqual(['已发布方案']);
    await request(sut.http).get('/api/providers/00000000-0000-4000-8000-000000000000').expect(404);
    await request(sut.http).get('/api/providers/not-a-uuid').expect(400);
  });

  it('serves the bilingual taxonomy', async () => {
    const res = await request(sut.http).get('/api/taxonomy').expect(200);
    expect(res.body.scenarios).toHaveLength(22);
    const body = res.body as {
      industries: { code: string }[];
      regions: { code: string; parent: string | null }[];
      stages: { level: number }[];
    };
    expect(body.industries.map((i) => i.code)).toEqual(
      expect.arrayContaining(['C13', 'C43', 'F51', 'L72']),
    );
    expect(body.regions.find((r) => r.code === '330100')).toMatchObject({
      parent: '330000',
    });
    expect(body.stages.map((s) => s.level)).toEqual([0, 1, 2, 3, 4]);
  });

  describe('ownership and roles (route × anonymous / sme / owner / other provider / admin)', () => {
    let draft: OfferingView;
    let published: OfferingView;
    beforeAll(async () => {
      draft = await createOffering(sut.http, owner, { title: '所有权测试草稿' });
      published = await publishOffering(sut.http, owner, admin, { title: '所有权测试已发布' });
    });

    type Who = 'anonymous' | 'sme' | 'owner' | 'other' | 'admin';
    const token = (who: Who): string | undefined =>
      ({
        anonymous: undefined,
        sme: sme.accessToken,
        owner: owner.accessToken,
        other: other.accessToken,
        admin,
      })[who];
    const call = (
      who: Who,
      method: 'get' | 'post' | 'patch' | 'put',
      path: string,
      body?: object,
    ) => {
      let r = request(sut.http)[method](path);
      const t = token(who);
      if (t !== undefined) r = r.set(...bearer(t));
      return body !== undefined ? r.send(body) : r;
    };

    it('GET /offerings/:id of a draft: only owner and admin', async () => {
      const statuses = await Promise.all(
        (['anonymous', 'sme', 'owner', 'other', 'admin'] as Who[]).map(
          async (w) => (await call(w, 'get', `/api/offerings/${draft.id}`)).status,
        ),
      );
      expect(statuses).toEqual([404, 404, 200, 404, 200]);
    });

    it('GET /offerings/:id of a published offering: everyone', async () => {
      for (const w of ['anonymous', 'sme', 'owner', 'other', 'admin'] as Who[]) {
        expect((await call(w, 'get', `/api/offerings/${published.id}`)).status).toBe(200);
      }
    });

    it('PATCH /offerings/:id: owner only (another provider 404, sme/admin 403, anonymous 401)', async () => {
      const expected: Record<Who, number> = {
        anonymous: 401,
        sme: 403,
        owner: 200,
        other: 404,
        admin: 403,
      };
      for (const w of Object.keys(expected) as Who[]) {
        expect(
          (await call(w, 'patch', `/api/offerings/${draft.id}`, { deliveryDays: 5 })).status,
        ).toBe(expected[w]);
      }
    });

    it('POST /offerings/:id/submit: owner only', async () => {
      const expected: Record<Who, number> = {
        anonymous: 401,
        sme: 403,
        other: 404,
        admin: 403,
        owner: 200,
      };
      for (const w of Object.keys(expected) as Who[]) {
        expect((await call(w, 'post', `/api/offerings/${draft.id}/submit`)).status).toBe(
          expected[w],
        );
      }
    });

    it('POST /offerings: providers only', async () => {
      const expected: Record<Who, number> = {
        anonymous: 401,
        sme: 403,
        admin: 403,
        owner: 201,
        other: 201,
      };
      for (const w of Object.keys(expected) as Who[]) {
        expect((await call(w, 'post', '/api/offerings', offeringBody())).status).toBe(expected[w]);
      }
    });

    it('GET /offerings/mine: providers only, and only their own', async () => {
      const expected: Record<Who, number> = {
        anonymous: 401,
        sme: 403,
        admin: 403,
        owner: 200,
        other: 200,
      };
      for (const w of Object.keys(expected) as Who[]) {
        expect((await call(w, 'get', '/api/offerings/mine?pageSize=100')).status).toBe(expected[w]);
      }
      const others = await call('other', 'get', '/api/offerings/mine?pageSize=100');
      expect((others.body.items as OfferingView[]).some((o) => o.id === draft.id)).toBe(false);
    });

    it('admin routes: admin only', async () => {
      for (const path of [
        '/api/admin/offerings?status=pending',
        `/api/admin/offerings/${published.id}/diff`,
        '/api/admin/audit',
      ]) {
        const expected: Record<Who, number> = {
          anonymous: 401,
          sme: 403,
          owner: 403,
          other: 403,
          admin: 200,
        };
        for (const w of Object.keys(expected) as Who[]) {
          expect([path, w, (await call(w, 'get', path)).status]).toEqual([path, w, expected[w]]);
        }
      }
      for (const action of ['approve', 'reject', 'suspend']) {
        for (const w of ['anonymous', 'sme', 'owner', 'other'] as Who[]) {
          const status = (
            await call(w, 'post', `/api/admin/offerings/${published.id}/${action}`, { reason: 'x' })
          ).status;
          expect([action, w, status]).toEqual([action, w, w === 'anonymous' ? 401 : 403]);
        }
      }
    });

    it('PUT /providers/me: providers only', async () => {
      const body = { name: '改名', kind: 'service_provider', description: '描述' };
      const expected: Record<string, number> = { anonymous: 401, sme: 403, admin: 403 };
      for (const w of Object.keys(expected) as Who[]) {
        expect((await call(w, 'put', '/api/providers/me', body)).status).toBe(expected[w]);
      }
    });

    it('malformed ids are a 400', async () => {
      await call('owner', 'get', '/api/offerings/123').expect(400);
      await call('owner', 'patch', '/api/offerings/123', { deliveryDays: 1 }).expect(400);
      await call('admin', 'post', '/api/admin/offerings/123/approve').expect(400);
    });
  });
});
