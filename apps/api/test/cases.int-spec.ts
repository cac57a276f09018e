import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { CaseView, CreateCaseRequest, Page } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { CaseReader } from '../src/modules/cases/index.js';
import { createTestApp, type TestApp } from './harness.js';
import { TestClock } from './test-clock.js';
import { createGovUser, type TestUser } from './factories/users.js';
import {
  as,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { registerSme } from './factories/engagement.js';

const ADMIN = { email: 'cases-admin@example.com', password: 'cases-admin-password-1' };
const T0 = Date.UTC(2027, 3, 1, 2, 0, 0);
const MINUTE = 60_000;

function caseBody(offeringIds: string[], overrides: Partial<CreateCaseRequest> = {}) {
  return {
    title: '杭州某紧固件厂：交期准时率从 82% 提到 95%',
    story: '这家紧固件企业以来料加工为主。\n\n上线云 MES 后，工人扫码报工。',
    industry: 'C33',
    region: '330100',
    scenarios: ['production_control', 'planning_scheduling'],
    offeringIds,
    metrics: [
      { code: 'on_time_delivery_pct', before: 82, after: 95 },
      { code: 'defect_rate_pct', before: 3.2, after: 1.1 },
    ],
    ...overrides,
  };
}

describe('cases: the case library (api-v1.md "Public programmes")', () => {
  const clock = new TestClock(T0);
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;
  let other: TestProvider;
  let sme: TestUser;
  let gov: TestUser;
  let offering: string;
  let offering2: string;
  let draftOffering: string;
  let otherOffering: string;

  const create = async (
    token: string,
    offeringIds: string[],
    overrides: Partial<CreateCaseRequest> = {},
  ): Promise<CaseView> =>
    (await as(sut.http, token).post('/api/cases', caseBody(offeringIds, overrides)).expect(201))
      .body as CaseView;

  /** Create, submit and approve (the clock moves a minute first, so it is the newest). */
  const publish = async (
    token: string,
    offeringIds: string[],
    overrides: Partial<CreateCaseRequest> = {},
  ): Promise<CaseView> => {
    clock.advance(MINUTE);
    const c = await create(token, offeringIds, overrides);
    await as(sut.http, token).post(`/api/cases/${c.id}/submit`).expect(200);
    return (await as(sut.http, admin).post(`/api/admin/cases/${c.id}/approve`).expect(200))
      .body as CaseView;
  };

  const fieldsOf = (body: { errors?: { field: string }[] }): string[] =>
    (body.errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    sut = await createTestApp(
      { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_PER_MINUTE: '100000' },
      { clock },
    );
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '云启工业互联网');
    other = await registerProvider(sut.http, '别家服务商');
    offering = (await publishOffering(sut.http, provider, admin, { title: '云MES 轻量版' })).id;
    offering2 = (await publishOffering(sut.http, provider, admin, { title: '设备联网盒子' })).id;
    draftOffering = (await createOffering(sut.http, provider)).id;
    otherOffering = (await publishOffering(sut.http, other, admin, { title: '财务云' })).id;
    sme = await registerSme(sut.http, '杭州精工机械有限公司', {
      industry: 'C34',
      region: '330100',
    });
    gov = await createGovUser(sut.http, admin, '330000');
  });
  afterAll(async () => {
    await sut.close();
  });

  describe('POST /api/cases', () => {
    it('creates a draft with the offerings’ titles and the provider', async () => {
      const c = await create(provider.accessToken, [offering, offering2]);
      expect(c).toMatchObject({
        status: 'draft',
        title: '杭州某紧固件厂：交期准时率从 82% 提到 95%',
        industry: 'C33',
        region: '330100',
        scenarios: ['production_control', 'planning_scheduling'],
        offerings: [
          { id: offering, title: '云MES 轻量版' },
          { id: offering2, title: '设备联网盒子' },
        ],
        metrics: [
          { code: 'on_time_delivery_pct', before: 82, after: 95 },
          { code: 'defect_rate_pct', before: 3.2, after: 1.1 },
        ],
        provider: { id: provider.providerId, name: '云启工业互联网' },
        rejectionReason: null,
        submittedAt: null,
        publishedAt: null,
      });
      expect(typeof c.createdAt).toBe('string');
    });

    it('is for providers and admins only: 401 anonymous, 403 for an SME and a gov account', async () => {
      await request(sut.http)
        .post('/api/cases')
        .send(caseBody([offering]))
        .expect(401);
      await as(sut.http, sme.accessToken)
        .post('/api/cases', caseBody([offering]))
        .expect(403);
      await as(sut.http, gov.accessToken)
        .post('/api/cases', caseBody([offering]))
        .expect(403);
    });

    it.each([
      [{ title: '' }, 'title'],
      [{ industry: 'X99' }, 'industry'],
      [{ industry: null }, 'industry'],
      [{ region: '999999' }, 'region'],
      [{ scenarios: [] }, 'scenarios'],
      [{ scenarios: ['teleportation'] }, 'scenarios'],
      [{ metrics: [] }, 'metrics'],
      [{ metrics: [{ code: 'happiness_pct', before: 1, after: 2 }] }, 'metrics.0.code'],
      [{ metrics: [{ code: 'lead_time_days', before: 'ten', after: 2 }] }, 'metrics.0.before'],
      [{ metrics: [{ code: 'lead_time_days', before: 10 }] }, 'metrics.0.after'],
      [
        {
          metrics: [
            { code: 'lead_time_days', before: 10, after: 5 },
            { code: 'lead_time_days', before: 9, after: 4 },
          ],
        },
        'metrics',
      ],
      [
        {
          metrics: Array.from({ length: 9 }, (_, i) => ({
            code: 'lead_time_days',
            before: i,
            after: i,
          })),
        },
        'metrics',
      ],
      [{ offeringIds: [] }, 'offeringIds'],
      [{ offeringIds: ['not-a-uuid'] }, 'offeringIds'],
    ])('rejects %j with a 400 naming %s', async (override, field) => {
      const res = await as(sut.http, provider.accessToken)
        .post('/api/cases', { ...caseBody([offering]), ...override })
        .expect(400);
      expect(fieldsOf(res.body)).toContain(field);
    });

    it('refuses a figure that is not a finite number (1e400 parses to Infinity)', async () => {
      const body = JSON.stringify(caseBody([offering])).replace('"before":82', '"before":1e400');
      const res = await request(sut.http)
        .post('/api/cases')
        .set('Authorization', `Bearer ${provider.accessToken}`)
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(400);
      expect(fieldsOf(res.body)).toContain('metrics.0.before');
    });

    it('lets a provider link only its own published offerings (400 offeringIds)', async () => {
      for (const ids of [[otherOffering], [draftOffering], [offering, otherOffering]]) {
        const res = await as(sut.http, provider.accessToken)
          .post('/api/cases', caseBody(ids))
          .expect(400);
        expect(res.body).toMatchObject({ code: 'INVALID_CASE_OFFERINGS' });
        expect(fieldsOf(res.body)).toEqual(['offeringIds']);
      }
      const unknown = '00000000-0000-4000-8000-000000000000';
      const res = await as(sut.http, provider.accessToken)
        .post('/api/cases', caseBody([unknown]))
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['offeringIds']);
    });

    it('lets an admin write a case for the published offerings of one provider', async () => {
      const c = await create(admin, [otherOffering]);
      expect(c.provider).toEqual({ id: other.providerId, name: '别家服务商' });
      // The provider whose offerings it links owns it.
      const mine = (await as(sut.http, other.accessToken).get('/api/cases/mine').expect(200))
        .body as Page<CaseView>;
      expect(mine.items.map((x) => x.id)).toContain(c.id);
      const mixed = await as(sut.http, admin)
        .post('/api/cases', caseBody([offering, otherOffering]))
        .expect(400);
      expect(fieldsOf(mixed.body)).toEqual(['offeringIds']);
      const draft = await as(sut.http, admin).post('/api/cases', caseBody([draftOffering]));
      expect(draft.status).toBe(400);
    });
  });

  describe('PATCH /api/cases/:id and POST /api/cases/:id/submit', () => {
    it('edits own drafts; another provider gets 404, an SME 403, anonymous 401', async () => {
      const c = await create(provider.accessToken, [offering]);
      const edited = (
        await as(sut.http, provider.accessToken)
          .patch(`/api/cases/${c.id}`, {
            title: '改过的标题',
            offeringIds: [offering2],
            metrics: [{ code: 'lead_time_days', before: 21, after: 13 }],
          })
          .expect(200)
      ).body as CaseView;
      expect(edited).toMatchObject({
        title: '改过的标题',
        story: c.story,
        offerings: [{ id: offering2, title: '设备联网盒子' }],
        metrics: [{ code: 'lead_time_days', before: 21, after: 13 }],
        status: 'draft',
      });
      await as(sut.http, other.accessToken).patch(`/api/cases/${c.id}`, { title: 'x' }).expect(404);
      await as(sut.http, sme.accessToken).patch(`/api/cases/${c.id}`, { title: 'x' }).expect(403);
      await request(sut.http).patch(`/api/cases/${c.id}`).send({ title: 'x' }).expect(401);
      await as(sut.http, other.accessToken).post(`/api/cases/${c.id}/submit`).expect(404);
      await as(sut.http, sme.accessToken).post(`/api/cases/${c.id}/submit`).expect(403);
      const missing = '00000000-0000-4000-8000-000000000000';
      await as(sut.http, provider.accessToken).patch(`/api/cases/${missing}`, {}).expect(404);
      await as(sut.http, provider.accessToken).patch('/api/cases/abc', {}).expect(400);
    });

    it('names bad fields of an edit: null, unknown codes, foreign offerings', async () => {
      const c = await create(provider.accessToken, [offering]);
      const nulls = await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${c.id}`, { title: null })
        .expect(400);
      expect(fieldsOf(nulls.body)).toContain('title');
      const bad = await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${c.id}`, { region: '12', unknown: 1 })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['region', 'unknown']));
      const foreign = await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${c.id}`, { offeringIds: [otherOffering] })
        .expect(400);
      expect(fieldsOf(foreign.body)).toEqual(['offeringIds']);
    });

    it('moves draft → pending; a pending or published case is neither editable nor submittable (409)', async () => {
      const c = await create(provider.accessToken, [offering]);
      clock.advance(MINUTE);
      const submitted = (
        await as(sut.http, provider.accessToken).post(`/api/cases/${c.id}/submit`).expect(200)
      ).body as CaseView;
      expect(submitted).toMatchObject({ status: 'pending', publishedAt: null });
      expect(submitted.submittedAt).toBe(new Date(clock.now()).toISOString());
      await as(sut.http, provider.accessToken).post(`/api/cases/${c.id}/submit`).expect(409);
      const edit = await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${c.id}`, { title: '再改' })
        .expect(409);
      expect(edit.body).toMatchObject({ code: 'CASE_NOT_EDITABLE' });
      await as(sut.http, admin).post(`/api/admin/cases/${c.id}/approve`).expect(200);
      await as(sut.http, provider.accessToken).post(`/api/cases/${c.id}/submit`).expect(409);
      await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${c.id}`, { title: '再改' })
        .expect(409);
    });
  });

  describe('admin review', () => {
    it('queues pending cases oldest first; approve publishes, reject needs a reason; illegal moves 409; all audited', async () => {
      const a = await create(provider.accessToken, [offering], { title: '待审 A' });
      const b = await create(provider.accessToken, [offering], { title: '待审 B' });
      clock.advance(MINUTE);
      await as(sut.http, provider.accessToken).post(`/api/cases/${a.id}/submit`).expect(200);
      clock.advance(MINUTE);
      await as(sut.http, provider.accessToken).post(`/api/cases/${b.id}/submit`).expect(200);

      const queue = (await as(sut.http, admin).get('/api/admin/cases?status=pending').expect(200))
        .body as Page<CaseView>;
      expect(queue.items.every((x) => x.status === 'pending')).toBe(true);
      const ids = queue.items.map((x) => x.id);
      expect(ids.indexOf(a.id)).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
      expect(queue).toMatchObject({ page: 1, pageSize: 20, total: queue.items.length });
      const defaults = (await as(sut.http, admin).get('/api/admin/cases').expect(200))
        .body as Page<CaseView>;
      expect(defaults.items.map((x) => x.id)).toEqual(ids);
      await as(sut.http, admin).get('/api/admin/cases?status=lost').expect(400);
      await as(sut.http, admin).get('/api/admin/cases?pageSize=500').expect(400);
      await as(sut.http, provider.accessToken).get('/api/admin/cases').expect(403);
      await as(sut.http, sme.accessToken).get('/api/admin/cases').expect(403);
      await request(sut.http).get('/api/admin/cases').expect(401);
      await as(sut.http, provider.accessToken).post(`/api/admin/cases/${a.id}/approve`).expect(403);
      await as(sut.http, gov.accessToken)
        .post(`/api/admin/cases/${a.id}/reject`, { reason: 'x' })
        .expect(403);

      const approved = (
        await as(sut.http, admin).post(`/api/admin/cases/${a.id}/approve`).expect(200)
      ).body as CaseView;
      expect(approved).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
      await as(sut.http, admin).post(`/api/admin/cases/${a.id}/approve`).expect(409);
      await as(sut.http, admin)
        .post(`/api/admin/cases/${a.id}/reject`, { reason: '不行' })
        .expect(409);

      const noReason = await as(sut.http, admin)
        .post(`/api/admin/cases/${b.id}/reject`, {})
        .expect(400);
      expect(fieldsOf(noReason.body)).toEqual(['reason']);
      const rejected = (
        await as(sut.http, admin)
          .post(`/api/admin/cases/${b.id}/reject`, { reason: '缺少数据来源' })
          .expect(200)
      ).body as CaseView;
      expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: '缺少数据来源' });
      // The provider is told both decisions, linking the case.
      const bell = (await as(sut.http, provider.accessToken).get('/api/notifications').expect(200))
        .body as { items: { kind: string; payload: Record<string, unknown> }[] };
      expect(bell.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'case_approved',
            payload: expect.objectContaining({ caseId: a.id, title: '待审 A' }),
          }),
          expect.objectContaining({
            kind: 'case_rejected',
            payload: expect.objectContaining({ caseId: b.id, reason: '缺少数据来源' }),
          }),
        ]),
      );
      await as(sut.http, admin).post(`/api/admin/cases/${b.id}/approve`).expect(409);
      const missing = '00000000-0000-4000-8000-000000000000';
      await as(sut.http, admin).post(`/api/admin/cases/${missing}/approve`).expect(404);

      // The provider sees the reason, fixes the case and submits it again.
      const seen = (await as(sut.http, provider.accessToken).get(`/api/cases/${b.id}`).expect(200))
        .body as CaseView;
      expect(seen.rejectionReason).toBe('缺少数据来源');
      await as(sut.http, provider.accessToken)
        .patch(`/api/cases/${b.id}`, { story: '补充了数据来源：MES 报表。' })
        .expect(200);
      const again = (
        await as(sut.http, provider.accessToken).post(`/api/cases/${b.id}/submit`).expect(200)
      ).body as CaseView;
      expect(again).toMatchObject({ status: 'pending', rejectionReason: null });

      const audit = async (id: string) =>
        (
          (await as(sut.http, admin).get(`/api/admin/audit?entityId=${id}`).expect(200)).body as {
            items: {
              action: string;
              entityType: string;
              reason: string | null;
              actor: { role: string };
            }[];
          }
        ).items;
      expect((await audit(a.id)).map((e) => e.action)).toEqual(['approve', 'submit']);
      const bLog = await audit(b.id);
      expect(bLog.map((e) => e.action)).toEqual(['submit', 'reject', 'submit']);
      expect(bLog[1]).toMatchObject({
        entityType: 'case',
        reason: '缺少数据来源',
        actor: { role: 'admin' },
      });
    });
  });

  describe('reading cases', () => {
    it('GET /api/cases/:id: published for everyone, other statuses for the owner and admins only', async () => {
      const draft = await create(provider.accessToken, [offering]);
      await request(sut.http).get(`/api/cases/${draft.id}`).expect(404);
      await as(sut.http, other.accessToken).get(`/api/cases/${draft.id}`).expect(404);
      await as(sut.http, sme.accessToken).get(`/api/cases/${draft.id}`).expect(404);
      await as(sut.http, gov.accessToken).get(`/api/cases/${draft.id}`).expect(404);
      await as(sut.http, provider.accessToken).get(`/api/cases/${draft.id}`).expect(200);
      await as(sut.http, admin).get(`/api/cases/${draft.id}`).expect(200);
      const pub = await publish(provider.accessToken, [offering]);
      const anon = (await request(sut.http).get(`/api/cases/${pub.id}`).expect(200))
        .body as CaseView;
      expect(anon).toMatchObject({ id: pub.id, status: 'published' });
      await request(sut.http).get('/api/cases/not-a-uuid').expect(400);
    });

    it('GET /api/cases/mine: the provider’s own cases in any status, paged; others 403', async () => {
      const res = (
        await as(sut.http, provider.accessToken).get('/api/cases/mine?pageSize=100').expect(200)
      ).body as Page<CaseView>;
      expect(res.items.length).toBeGreaterThan(3);
      expect(res.items.every((c) => c.provider.id === provider.providerId)).toBe(true);
      expect(new Set(res.items.map((c) => c.status))).toEqual(
        new Set(['draft', 'pending', 'published']),
      );
      const one = (
        await as(sut.http, provider.accessToken)
          .get('/api/cases/mine?pageSize=1&page=2')
          .expect(200)
      ).body as Page<CaseView>;
      expect(one).toMatchObject({ page: 2, pageSize: 1, total: res.total });
      expect(one.items).toHaveLength(1);
      await as(sut.http, sme.accessToken).get('/api/cases/mine').expect(403);
      await as(sut.http, admin).get('/api/cases/mine').expect(403);
      await request(sut.http).get('/api/cases/mine').expect(401);
    });

    it('GET /api/cases: published only, filtered by industry, scenario, region (inside) and offering', async () => {
      const textile = await publish(provider.accessToken, [offering2], {
        industry: 'C17',
        region: '330100',
        scenarios: ['energy'],
      });
      const province = await publish(provider.accessToken, [offering2], {
        industry: 'C17',
        region: '330000',
        scenarios: ['energy', 'quality'],
      });
      const elsewhere = await publish(other.accessToken, [otherOffering], {
        industry: 'C17',
        region: '320100',
        scenarios: ['finance'],
      });
      const unpublished = await create(provider.accessToken, [offering2], { industry: 'C17' });
      const list = async (q: string) =>
        (
          (await request(sut.http).get(`/api/cases?pageSize=100&${q}`).expect(200))
            .body as Page<CaseView>
        ).items.map((c) => c.id);

      const all = (await request(sut.http).get('/api/cases?pageSize=100').expect(200))
        .body as Page<CaseView>;
      expect(all.items.every((c) => c.status === 'published')).toBe(true);
      expect(all.total).toBe(all.items.length);
      // Newest first.
      expect(all.items.slice(0, 3).map((c) => c.id)).toEqual([
        elsewhere.id,
        province.id,
        textile.id,
      ]);

      expect(await list('industry=C17')).toEqual([elsewhere.id, province.id, textile.id]);
      expect(await list('industry=C17')).not.toContain(unpublished.id);
      expect(await list('industry=C17&scenario=energy')).toEqual([province.id, textile.id]);
      expect(await list('industry=C17&scenario=quality')).toEqual([province.id]);
      // A province contains its cities; a city does not contain its province.
      expect(await list('industry=C17&region=330000')).toEqual([province.id, textile.id]);
      expect(await list('industry=C17&region=330100')).toEqual([textile.id]);
      expect(await list('industry=C17&region=320000')).toEqual([elsewhere.id]);
      expect(await list(`industry=C17&offeringId=${otherOffering}`)).toEqual([elsewhere.id]);
      expect(await list(`offeringId=${offering2}&industry=C17`)).toEqual([province.id, textile.id]);
      const paged = (
        await request(sut.http).get('/api/cases?industry=C17&pageSize=2&page=2').expect(200)
      ).body as Page<CaseView>;
      expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(paged.items.map((c) => c.id)).toEqual([textile.id]);

      for (const [q, field] of [
        ['industry=Z9', 'industry'],
        ['scenario=nope', 'scenario'],
        ['region=1', 'region'],
        ['offeringId=abc', 'offeringId'],
        ['pageSize=0', 'pageSize'],
      ]) {
        const res = await request(sut.http).get(`/api/cases?${q}`).expect(400);
        expect(fieldsOf(res.body)).toContain(field);
      }
    });

    it('shows the public only the linked offerings that are still published', async () => {
      const o = (await publishOffering(sut.http, provider, admin, { title: '将被下架' })).id;
      const c = await publish(provider.accessToken, [offering, o]);
      await as(sut.http, admin)
        .post(`/api/admin/offerings/${o}/suspend`, { reason: '资质过期' })
        .expect(200);
      const pub = (await request(sut.http).get(`/api/cases/${c.id}`).expect(200)).body as CaseView;
      expect(pub.offerings.map((x) => x.id)).toEqual([offering]);
      const own = (await as(sut.http, provider.accessToken).get(`/api/cases/${c.id}`).expect(200))
        .body as CaseView;
      expect(own.offerings.map((x) => x.id)).toEqual([offering, o]);
    });
  });

  describe('cases of firms like you', () => {
    it('GET /api/cases/for-me orders same industry first, then shared weak scenarios and needs, then newest', async () => {
      // The SME (C34) needs quality and energy.
      await as(sut.http, sme.accessToken)
        .put('/api/smes/me/needs', {
          scenarios: [
            { code: 'quality', priority: 5 },
            { code: 'energy', priority: 3 },
          ],
        })
        .expect(200);
      const sameNone = await publish(provider.accessToken, [offering], {
        industry: 'C34',
        scenarios: ['cloud_it'],
      });
      const sameOne = await publish(provider.accessToken, [offering], {
        industry: 'C34',
        scenarios: ['quality', 'cloud_it'],
      });
      const otherTwo = await publish(provider.accessToken, [offering], {
        industry: 'C35',
        scenarios: ['quality', 'energy'],
      });
      const otherOneOlder = await publish(provider.accessToken, [offering], {
        industry: 'C35',
        scenarios: ['energy'],
      });
      const otherOneNewer = await publish(provider.accessToken, [offering], {
        industry: 'C35',
        scenarios: ['quality'],
      });
      const forMe = async (q = '') =>
        (
          (
            await as(sut.http, sme.accessToken)
              .get(`/api/cases/for-me?${q === '' ? 'limit=50' : q}`)
              .expect(200)
          ).body as CaseView[]
        ).map((c) => c.id);
      const mine = [sameNone.id, sameOne.id, otherTwo.id, otherOneOlder.id, otherOneNewer.id];
      const got = (await forMe()).filter((id) => mine.includes(id));
      expect(got).toEqual([
        sameOne.id,
        sameNone.id,
        otherTwo.id,
        otherOneNewer.id,
        otherOneOlder.id,
      ]);

      const energy = await forMe('limit=50&scenario=energy');
      expect(energy).toEqual(expect.arrayContaining([otherTwo.id, otherOneOlder.id]));
      expect(energy).not.toContain(otherOneNewer.id);
      expect(energy).not.toContain(sameNone.id);
      // With a scenario, every case shares just that one: newest first.
      expect(energy.indexOf(otherOneOlder.id)).toBeLessThan(energy.indexOf(otherTwo.id));

      expect(await forMe('limit=2')).toHaveLength(2);
      const bad = await as(sut.http, sme.accessToken).get('/api/cases/for-me?limit=0').expect(400);
      expect(fieldsOf(bad.body)).toContain('limit');
      await as(sut.http, sme.accessToken).get('/api/cases/for-me?scenario=nope').expect(400);
      await as(sut.http, provider.accessToken).get('/api/cases/for-me').expect(403);
      await as(sut.http, admin).get('/api/cases/for-me').expect(403);
      await request(sut.http).get('/api/cases/for-me').expect(401);
    });

    it('CaseReader counts published cases per offering and ranks cases like a firm', async () => {
      const reader = sut.app.get(CaseReader);
      const fresh = (await publishOffering(sut.http, other, admin, { title: '新方案' })).id;
      const none = (await publishOffering(sut.http, other, admin, { title: '无案例' })).id;
      await publish(other.accessToken, [fresh, otherOffering], { industry: 'C39' });
      await publish(other.accessToken, [fresh], { industry: 'C39' });
      const draft = await create(other.accessToken, [fresh]);
      expect(draft.status).toBe('draft');
      const counts = await reader.countPublishedByOffering([fresh, none, fresh]);
      expect([...counts.entries()]).toEqual([
        [fresh, 2],
        [none, 0],
      ]);
      expect((await reader.countPublishedByOffering([])).size).toBe(0);

      const like = await reader.casesLikeFirm(
        { industry: 'C39', scenarios: ['production_control'] },
        2,
      );
      expect(like).toHaveLength(2);
      expect(like.every((c) => c.industry === 'C39' && c.sameIndustry)).toBe(true);
      expect(like[0]).toMatchObject({ sharedScenarios: 1, providerId: other.providerId });
      expect(like[0]?.offeringIds).toEqual([fresh]);
    });
  });
});
