import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type {
  FunnelView,
  InquirySummaryView,
  InquiryView,
  NotificationsPage,
  Page,
  PlanResponse,
} from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { TestClock } from './test-clock.js';
import { registerUser, type TestUser } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createInquiry, moveInquiry, postMessage, registerSme } from './factories/engagement.js';

const ADMIN = { email: 'engagement-admin@example.com', password: 'admin-password-1' };
/** 2027-03-01 10:00 in Beijing. */
const T0 = Date.UTC(2027, 2, 1, 2, 0, 0);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('engagement: inquiries, views and the funnel', () => {
  const clock = new TestClock(T0);
  let sut: TestApp;
  let admin: string;
  let adminUser: TestUser;
  let providerA: TestProvider;
  let providerB: TestProvider;
  let offeringA: string;
  let offeringA2: string;
  let draftA: string;
  let offeringB: string;
  let sme1: TestUser;
  let sme2: TestUser;

  const api = () => request(sut.http);

  const read = async (user: TestUser | string, id: string, status = 200) =>
    (
      await api()
        .get(`/api/inquiries/${id}`)
        .set(...bearer(typeof user === 'string' ? user : user.accessToken))
        .expect(status)
    ).body as InquiryView;

  const list = async (user: TestUser | string, query = '') =>
    (
      await api()
        .get(`/api/inquiries${query}`)
        .set(...bearer(typeof user === 'string' ? user : user.accessToken))
        .expect(200)
    ).body as Page<InquirySummaryView>;

  const notifications = async (user: TestUser) =>
    (
      await api()
        .get('/api/notifications')
        .set(...bearer(user.accessToken))
        .expect(200)
    ).body as NotificationsPage;

  beforeAll(async () => {
    sut = await createTestApp(
      {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        TRUST_PROXY: 'true',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      { clock },
    );
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    adminUser = { accessToken: admin } as TestUser;
    providerA = await registerProvider(sut.http, '云启工业互联网');
    providerB = await registerProvider(sut.http, '另一家服务商');
    offeringA = (await publishOffering(sut.http, providerA, admin)).id;
    offeringA2 = (await publishOffering(sut.http, providerA, admin, { title: '设备联网盒子' })).id;
    draftA = (await createOffering(sut.http, providerA)).id;
    offeringB = (await publishOffering(sut.http, providerB, admin, { title: '财务云' })).id;
    sme1 = await registerSme(sut.http, '杭州精工机械有限公司');
    sme2 = await registerSme(sut.http, '宁波另一家制造厂', { industry: 'C35', region: '320100' });
  });
  afterAll(async () => {
    await sut.close();
  });

  describe('POST /api/inquiries', () => {
    it('opens a thread with the SME’s first message, visible to its provider with the SME’s identity', async () => {
      const created = await createInquiry(sut.http, sme1, offeringA, {
        kind: 'question',
        message: '请问支持多班次排产吗？',
        planName: '基础版',
      });
      expect(created).toMatchObject({
        kind: 'question',
        status: 'open',
        offering: { id: offeringA, title: '云MES 轻量版' },
        provider: { id: providerA.providerId, name: '云启工业互联网' },
        sme: {
          companyName: '杭州精工机械有限公司',
          industry: 'C34',
          region: '330100',
          sizeClass: expect.any(String) as unknown as string,
        },
        planName: '基础版',
        messageCount: 1,
        createdAt: new Date(T0).toISOString(),
      });
      expect(created.messages).toEqual([
        {
          id: expect.any(String) as unknown as string,
          author: 'sme',
          body: '请问支持多班次排产吗？',
          createdAt: new Date(T0).toISOString(),
        },
      ]);
      expect(created.events.map((e) => [e.type, e.actor, e.to])).toEqual([
        ['created', 'sme', 'open'],
        ['message', 'sme', null],
      ]);
      const seen = await read(providerA, created.id);
      expect(seen.sme.companyName).toBe('杭州精工机械有限公司');
      expect(seen.messages).toHaveLength(1);
      expect((await read(admin, created.id)).id).toBe(created.id);
    });

    it('validates the body: kind, message 1–4000 characters, offeringId, unknown fields', async () => {
      const post = (body: object) =>
        api()
          .post('/api/inquiries')
          .set(...bearer(sme1.accessToken))
          .send(body)
          .expect(400);
      const fields = async (body: object) =>
        ((await post(body)).body as { errors: { field: string; code: string }[] }).errors.map(
          (e) => `${e.field}:${e.code}`,
        );
      expect(await fields({ offeringId: offeringA, kind: 'demo', message: 'hi' })).toEqual([
        'kind:isIn',
      ]);
      expect(await fields({ offeringId: offeringA, kind: 'trial', message: '   ' })).toEqual([
        'message:isLength',
      ]);
      expect(
        await fields({ offeringId: offeringA, kind: 'trial', message: 'x'.repeat(4001) }),
      ).toEqual(['message:isLength']);
      expect(await fields({ offeringId: 'nope', kind: 'trial', message: 'hi' })).toEqual([
        'offeringId:isUuid',
      ]);
      expect(
        await fields({ offeringId: offeringA, kind: 'trial', message: 'hi', status: 'won' }),
      ).toEqual(['status:unknownField']);
      // 4000 characters is fine.
      const ok = await createInquiry(sut.http, sme2, offeringA2, {
        kind: 'quote',
        message: '报'.repeat(4000),
      });
      expect(ok.messages[0].body).toHaveLength(4000);
    });

    it('is 404 for an offering that is not published (draft, unknown)', async () => {
      for (const offeringId of [draftA, '00000000-0000-4000-8000-000000000000']) {
        await api()
          .post('/api/inquiries')
          .set(...bearer(sme1.accessToken))
          .send({ offeringId, kind: 'trial', message: '想试用' })
          .expect(404);
      }
    });

    it('is 409 without a company profile and for a second unfinished inquiry of the same kind', async () => {
      const bare = await registerUser(sut.http, 'sme');
      const noProfile = await api()
        .post('/api/inquiries')
        .set(...bearer(bare.accessToken))
        .send({ offeringId: offeringA, kind: 'trial', message: '想试用' })
        .expect(409);
      expect(noProfile.body).toMatchObject({ code: 'SME_PROFILE_REQUIRED' });

      const first = await createInquiry(sut.http, sme2, offeringB, { kind: 'trial' });
      const dup = await api()
        .post('/api/inquiries')
        .set(...bearer(sme2.accessToken))
        .send({ offeringId: offeringB, kind: 'trial', message: '再问一次' })
        .expect(409);
      expect(dup.body).toMatchObject({ code: 'INQUIRY_EXISTS' });
      // Another kind on the same offering is a separate inquiry.
      await createInquiry(sut.http, sme2, offeringB, { kind: 'question' });
      // Once the first one is finished, the same kind may be asked again.
      await moveInquiry(sut.http, sme2, first.id, 'withdrawn');
      await createInquiry(sut.http, sme2, offeringB, { kind: 'trial' });
    });

    it('creates one inquiry when the same request races five times (the others are 409)', async () => {
      const sme = await registerSme(sut.http, '绍兴印染有限公司');
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          api()
            .post('/api/inquiries')
            .set(...bearer(sme.accessToken))
            .send({ offeringId: offeringA, kind: 'quote', message: '请报价' }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect((await list(sme)).total).toBe(1);
    });

    it('is 403 for a provider and for an admin (only SMEs inquire), 401 without a token', async () => {
      for (const token of [providerB.accessToken, admin]) {
        await api()
          .post('/api/inquiries')
          .set(...bearer(token))
          .send({ offeringId: offeringA, kind: 'trial', message: '想试用' })
          .expect(403);
      }
      await api()
        .post('/api/inquiries')
        .send({ offeringId: offeringA, kind: 'trial', message: '想试用' })
        .expect(401);
    });
  });

  describe('who can see and write', () => {
    let inquiry: InquiryView;
    beforeAll(async () => {
      inquiry = await createInquiry(sut.http, sme1, offeringA2, { kind: 'trial' });
    });

    it('is 404 for another SME and for another provider, reading, writing or moving', async () => {
      for (const outsider of [sme2, providerB]) {
        await read(outsider, inquiry.id, 404);
        await postMessage(sut.http, outsider, inquiry.id, '我也想看看', 404);
        await moveInquiry(
          sut.http,
          outsider,
          inquiry.id,
          outsider === sme2 ? 'withdrawn' : 'lost',
          404,
        );
      }
      await read(sme1, '00000000-0000-4000-8000-000000000000', 404);
      await api()
        .get('/api/inquiries/not-a-uuid')
        .set(...bearer(sme1.accessToken))
        .expect(400);
    });

    it('lets admins read any inquiry but not write in it or move it (403)', async () => {
      expect((await read(admin, inquiry.id)).messages).toHaveLength(1);
      await postMessage(sut.http, adminUser, inquiry.id, '管理员', 403);
      await moveInquiry(sut.http, adminUser, inquiry.id, 'lost', 403);
    });

    it('lists per party: the SME its own, the provider those on its offerings, admins all', async () => {
      const mine = await list(sme1);
      expect(mine.items.every((i) => i.sme.companyName === '杭州精工机械有限公司')).toBe(true);
      expect(mine.items.map((i) => i.id)).toContain(inquiry.id);
      expect(mine).toMatchObject({ page: 1, pageSize: 20 });

      const leads = await list(providerA);
      expect(leads.items.map((i) => i.id)).toContain(inquiry.id);
      expect(leads.items.every((i) => i.provider.id === providerA.providerId)).toBe(true);

      const otherLeads = await list(providerB);
      expect(otherLeads.items.map((i) => i.id)).not.toContain(inquiry.id);
      expect(otherLeads.items.every((i) => i.provider.id === providerB.providerId)).toBe(true);
      expect((await list(sme2)).items.map((i) => i.id)).not.toContain(inquiry.id);

      const all = await list(admin, '?pageSize=100');
      const theirs = await list(sme2, '?pageSize=100');
      expect(all.total).toBeGreaterThanOrEqual(mine.total + theirs.total);
      expect(all.items.map((i) => i.id)).toEqual(
        expect.arrayContaining([...mine.items, ...theirs.items].map((i) => i.id)),
      );
    });

    it('orders by newest activity and filters by status, validating the query', async () => {
      const older = await createInquiry(sut.http, sme1, offeringA2, { kind: 'quote' });
      clock.advance(MINUTE);
      const newer = await createInquiry(sut.http, sme1, offeringB, { kind: 'quote' });
      clock.advance(MINUTE);
      expect((await list(sme1)).items[0].id).toBe(newer.id);
      await postMessage(sut.http, sme1, older.id, '补充一下：我们有两个车间');
      const first = (await list(sme1)).items[0];
      expect(first).toMatchObject({ id: older.id, messageCount: 2 });
      expect(first.updatedAt).toBe(new Date(clock.now()).toISOString());

      const open = await list(sme1, '?status=open&pageSize=100');
      expect(open.items.length).toBeGreaterThan(0);
      expect(open.items.every((i) => i.status === 'open')).toBe(true);
      expect((await list(sme1, '?status=won')).items).toEqual([]);
      await api()
        .get('/api/inquiries?status=closed')
        .set(...bearer(sme1.accessToken))
        .expect(400);
      await api()
        .get('/api/inquiries?pageSize=101')
        .set(...bearer(sme1.accessToken))
        .expect(400);
    });
  });

  describe('messages and status moves', () => {
    it('the provider’s first message makes it responded; messages notify the other party', async () => {
      const inq = await createInquiry(sut.http, sme2, offeringA, { kind: 'trial' });
      clock.advance(5 * MINUTE);
      const reply = await postMessage(
        sut.http,
        providerA,
        inq.id,
        '支持三班倒，可以开通 14 天试用。',
      );
      expect(reply.body).toMatchObject({
        author: 'provider',
        body: '支持三班倒，可以开通 14 天试用。',
        createdAt: new Date(clock.now()).toISOString(),
      });
      const after = await read(sme2, inq.id);
      expect(after.status).toBe('responded');
      expect(after.messages.map((m) => m.author)).toEqual(['sme', 'provider']);
      expect(after.events.map((e) => [e.type, e.actor, e.from, e.to])).toEqual([
        ['created', 'sme', null, 'open'],
        ['message', 'sme', null, null],
        ['message', 'provider', null, null],
        ['status', 'provider', 'open', 'responded'],
      ]);
      // A second provider message and an SME message keep it responded.
      await postMessage(sut.http, sme2, inq.id, '好的，请开通。');
      await postMessage(sut.http, providerA, inq.id, '已开通。');
      expect((await read(sme2, inq.id)).status).toBe('responded');

      const smeBell = await notifications(sme2);
      expect(
        smeBell.items.filter((n) => n.kind === 'inquiry_message' && n.payload.inquiryId === inq.id),
      ).toHaveLength(2);
      const providerBell = await notifications(providerA);
      expect(
        providerBell.items.filter(
          (n) => n.kind === 'inquiry_message' && n.payload.inquiryId === inq.id,
        ),
      ).toHaveLength(1);
      expect(
        providerBell.items.find(
          (n) => n.kind === 'inquiry_created' && n.payload.inquiryId === inq.id,
        )?.payload,
      ).toMatchObject({ offeringId: offeringA, kind: 'trial', companyName: '宁波另一家制造厂' });
    });

    it('validates the message body (1–4000 characters)', async () => {
      const inq = (await list(sme2, '?status=responded')).items[0];
      for (const body of ['', '  ', 'x'.repeat(4001)]) {
        await postMessage(sut.http, sme2, inq.id, body, 400);
      }
    });

    it('allows exactly the moves of the machine and answers 409 for the others', async () => {
      const inq = await createInquiry(sut.http, sme1, offeringA, { kind: 'trial' });
      // Illegal: responded is never an explicit move, the SME cannot trial, the provider cannot win an open one.
      const r = await moveInquiry(sut.http, providerA, inq.id, 'responded', 409);
      expect(r.body).toMatchObject({ code: 'ILLEGAL_INQUIRY_MOVE' });
      await moveInquiry(sut.http, sme1, inq.id, 'trialing', 409);
      await moveInquiry(sut.http, providerA, inq.id, 'won', 409);
      await moveInquiry(sut.http, providerA, inq.id, 'withdrawn', 409);
      await moveInquiry(sut.http, providerA, inq.id, 'open', 409);
      await moveInquiry(sut.http, providerA, inq.id, 'paused', 400);

      const trialing = (await moveInquiry(sut.http, providerA, inq.id, 'trialing'))
        .body as InquiryView;
      expect(trialing.status).toBe('trialing');
      await moveInquiry(sut.http, sme1, inq.id, 'won', 409);
      const won = (await moveInquiry(sut.http, providerA, inq.id, 'won', 200, '签约一年'))
        .body as InquiryView;
      expect(won.status).toBe('won');
      expect(
        won.events.filter((e) => e.type === 'status').map((e) => [e.actor, e.from, e.to, e.reason]),
      ).toEqual([
        ['provider', 'open', 'trialing', null],
        ['provider', 'trialing', 'won', '签约一年'],
      ]);
      // Final: no move and no message.
      await moveInquiry(sut.http, providerA, inq.id, 'lost', 409);
      await moveInquiry(sut.http, sme1, inq.id, 'withdrawn', 409);
      const closed = await postMessage(sut.http, sme1, inq.id, '还在吗？', 409);
      expect(closed.body).toMatchObject({ code: 'INQUIRY_CLOSED' });
      await postMessage(sut.http, providerA, inq.id, '在的', 409);

      // responded → lost by the provider; the SME withdraws a trialing one; lost and withdrawn are final.
      const q = await createInquiry(sut.http, sme1, offeringA2, { kind: 'question' });
      await postMessage(sut.http, providerA, q.id, '您好，请问贵司规模？');
      await moveInquiry(sut.http, sme1, q.id, 'lost', 409);
      const lost = (await moveInquiry(sut.http, providerA, q.id, 'lost', 200, '不在服务范围'))
        .body as InquiryView;
      expect(lost.status).toBe('lost');
      await moveInquiry(sut.http, providerA, q.id, 'trialing', 409);
      await moveInquiry(sut.http, sme1, q.id, 'withdrawn', 409);
      const t = await createInquiry(sut.http, sme1, offeringA, { kind: 'trial' });
      await moveInquiry(sut.http, providerA, t.id, 'trialing');
      const w = (await moveInquiry(sut.http, sme1, t.id, 'withdrawn')).body as InquiryView;
      expect(w.status).toBe('withdrawn');
      await moveInquiry(sut.http, providerA, t.id, 'won', 409);
      await moveInquiry(sut.http, sme1, t.id, 'withdrawn', 409);

      // Every move told the other party.
      const smeMoves = (await notifications(sme1)).items.filter(
        (n) => n.kind === 'inquiry_status' && n.payload.inquiryId === inq.id,
      );
      expect(smeMoves.map((n) => n.payload.to).sort()).toEqual(['trialing', 'won']);
      const providerMoves = (await notifications(providerA)).items.filter(
        (n) => n.kind === 'inquiry_status' && n.payload.inquiryId === t.id,
      );
      expect(providerMoves.map((n) => [n.payload.from, n.payload.to])).toEqual([
        ['trialing', 'withdrawn'],
      ]);
    });
  });

  describe('plan integration', () => {
    const planItem = async (sme: TestUser, offeringId: string) =>
      (
        (
          await api()
            .get('/api/plans/me')
            .set(...bearer(sme.accessToken))
            .expect(200)
        ).body as PlanResponse
      ).items.find((i) => i.offering?.id === offeringId);

    it('moves the SME’s plan item to trial, then adopted, and says so in the thread', async () => {
      const sme = await registerSme(sut.http, '温州阀门制造有限公司');
      await api()
        .post('/api/plans/me/items')
        .set(...bearer(sme.accessToken))
        .send({ offeringId: offeringA2, scenario: 'production_control', priority: 4, phase: 'now' })
        .expect(201);
      const inq = await createInquiry(sut.http, sme, offeringA2, { kind: 'trial' });
      const trialing = (await moveInquiry(sut.http, providerA, inq.id, 'trialing'))
        .body as InquiryView;
      expect((await planItem(sme, offeringA2))?.status).toBe('trial');
      expect(trialing.events.filter((e) => e.type === 'plan_item')).toEqual([
        expect.objectContaining({ actor: 'system', planStatus: 'trial' }),
      ]);
      const won = (await moveInquiry(sut.http, providerA, inq.id, 'won')).body as InquiryView;
      expect((await planItem(sme, offeringA2))?.status).toBe('adopted');
      expect(won.events.filter((e) => e.type === 'plan_item').map((e) => e.planStatus)).toEqual([
        'trial',
        'adopted',
      ]);
      // The SME reads the same thread.
      expect((await read(sme, inq.id)).events.at(-1)).toMatchObject({
        type: 'plan_item',
        planStatus: 'adopted',
      });
    });

    it('leaves plans alone without an item for that offering (no plan event)', async () => {
      const sme = await registerSme(sut.http, '嘉兴纺织有限公司');
      const inq = await createInquiry(sut.http, sme, offeringB, { kind: 'trial' });
      const moved = (await moveInquiry(sut.http, providerB, inq.id, 'trialing'))
        .body as InquiryView;
      expect(moved.events.some((e) => e.type === 'plan_item')).toBe(false);
      expect(await planItem(sme, offeringB)).toBeUndefined();
    });
  });

  describe('daily limit', () => {
    it('refuses the 21st new inquiry of the day with 429 and accepts it the next day', async () => {
      clock.advance(DAY); // a fresh day for this SME's count
      const sme = await registerSme(sut.http, '台州塑料制品有限公司');
      for (let n = 0; n < 20; n += 1) {
        const inq = await createInquiry(sut.http, sme, offeringA, { kind: 'question' });
        await moveInquiry(sut.http, sme, inq.id, 'withdrawn');
      }
      const res = await api()
        .post('/api/inquiries')
        .set(...bearer(sme.accessToken))
        .send({ offeringId: offeringA, kind: 'question', message: '第 21 条' })
        .expect(429);
      expect(res.body).toMatchObject({ code: 'INQUIRY_LIMIT' });
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      clock.advance(DAY);
      await createInquiry(sut.http, sme, offeringA, { kind: 'question', message: '第二天' });
    });
  });

  describe('views and the funnel', () => {
    let provider: TestProvider;
    let o1: string;
    let o2: string;
    const funnel = async (query = '', user: TestUser = provider) =>
      (
        await api()
          .get(`/api/providers/me/funnel${query}`)
          .set(...bearer(user.accessToken))
          .expect(200)
      ).body as FunnelView;
    const view = (id: string, token?: string, address = '203.0.113.7') => {
      const req = api().get(`/api/offerings/${id}`).set('X-Forwarded-For', address);
      return (token === undefined ? req : req.set(...bearer(token))).expect(200);
    };

    beforeAll(async () => {
      clock.advance(7 * DAY);
      provider = await registerProvider(sut.http, '漏斗测试服务商');
      o1 = (await publishOffering(sut.http, provider, admin, { title: '质量追溯' })).id;
      o2 = (await publishOffering(sut.http, provider, admin, { title: '能耗监测' })).id;
    });

    it('counts a view once per viewer per offering per day, never the owner’s or an admin’s', async () => {
      const before = await funnel();
      expect(before).toMatchObject({ views: 0, inquiries: 0, medianFirstResponseMinutes: null });
      await view(o1); // anonymous, address 1
      await view(o1); // same address, same day: not again
      await view(o1, undefined, '198.51.100.2'); // another anonymous reader
      await view(o1, sme1.accessToken);
      await view(o1, sme1.accessToken);
      await view(o1, providerB.accessToken); // another provider is a reader like any other
      await view(o1, provider.accessToken); // the owner
      await view(o1, admin); // an admin
      await view(o2, sme1.accessToken);
      let f = await funnel();
      expect(f.views).toBe(5);
      expect(f.byOffering.find((o) => o.offeringId === o1)?.views).toBe(4);
      expect(f.byOffering.find((o) => o.offeringId === o2)?.views).toBe(1);

      clock.advance(DAY);
      await view(o1, sme1.accessToken); // a new day counts again
      await view(o1);
      f = await funnel();
      expect(f.views).toBe(7);
      // An unpublished offering is a 404 for readers and its owner's reads count nothing.
      const draft = await createOffering(sut.http, provider, { title: '草稿' });
      await api().get(`/api/offerings/${draft.id}`).expect(404);
      await api()
        .get(`/api/offerings/${draft.id}`)
        .set(...bearer(provider.accessToken))
        .expect(200);
      expect((await funnel()).views).toBe(7);
    });

    it('counts inquiries of the period by the stage they reached, with the median first response', async () => {
      const start = clock.now();
      const smes = await Promise.all(
        ['甲', '乙', '丙', '丁'].map((n) => registerSme(sut.http, `${n}机械有限公司`)),
      );
      const [a, b, c, d] = [
        await createInquiry(sut.http, smes[0], o1, { kind: 'trial' }),
        await createInquiry(sut.http, smes[1], o1, { kind: 'trial' }),
        await createInquiry(sut.http, smes[2], o1, { kind: 'quote' }),
        await createInquiry(sut.http, smes[3], o2, { kind: 'question' }),
      ];
      clock.advance(10 * MINUTE);
      await postMessage(sut.http, provider, a.id, '您好，已为您开通试用');
      clock.advance(20 * MINUTE);
      await postMessage(sut.http, provider, b.id, '您好'); // 30 minutes
      clock.advance(30 * MINUTE);
      await postMessage(sut.http, provider, d.id, '您好'); // 60 minutes
      await postMessage(sut.http, provider, a.id, '第二条不算首次回复');
      await moveInquiry(sut.http, provider, a.id, 'trialing');
      await moveInquiry(sut.http, provider, a.id, 'won');
      await moveInquiry(sut.http, provider, b.id, 'trialing');
      await moveInquiry(sut.http, provider, b.id, 'lost');
      await moveInquiry(sut.http, provider, c.id, 'lost');
      await moveInquiry(sut.http, smes[3], d.id, 'withdrawn');

      const f = await funnel();
      expect(f).toMatchObject({
        views: 7,
        inquiries: 4,
        trials: 2,
        won: 1,
        lost: 2,
        medianFirstResponseMinutes: 30,
      });
      expect(f.byOffering).toEqual([
        { offeringId: o1, title: '质量追溯', views: 6, inquiries: 3, trials: 2, won: 1 },
        { offeringId: o2, title: '能耗监测', views: 1, inquiries: 1, trials: 0, won: 0 },
      ]);

      // A period before these inquiries sees none of them; dates are China Standard Time days.
      const day = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
      const earlier = await funnel(`?from=${day(start - 20 * DAY)}&to=${day(start - 10 * DAY)}`);
      expect(earlier).toMatchObject({ views: 0, inquiries: 0, trials: 0, won: 0, lost: 0 });
      const exact = await funnel(`?from=${day(start)}&to=${day(start)}`);
      expect(exact).toMatchObject({ inquiries: 4, won: 1 });
      // Other providers' funnels do not see these leads.
      expect((await funnel('', providerB)).inquiries).not.toBe(0); // it has its own
      expect((await funnel('', providerB)).byOffering.map((o) => o.offeringId)).not.toContain(o1);
    });

    it('validates the period and the role', async () => {
      await api()
        .get('/api/providers/me/funnel?from=2027-03-10&to=2027-03-01')
        .set(...bearer(provider.accessToken))
        .expect(400);
      await api()
        .get('/api/providers/me/funnel?from=yesterday')
        .set(...bearer(provider.accessToken))
        .expect(400);
      await api()
        .get('/api/providers/me/funnel?from=2025-01-01&to=2027-01-01')
        .set(...bearer(provider.accessToken))
        .expect(400);
      await api()
        .get('/api/providers/me/funnel')
        .set(...bearer(sme1.accessToken))
        .expect(403);
      await api().get('/api/providers/me/funnel').expect(401);
    });
  });

  it('documents every engagement route in OpenAPI', async () => {
    const doc = (await api().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    const routes = [
      ['post', '/api/inquiries', '201'],
      ['get', '/api/inquiries', '200'],
      ['get', '/api/inquiries/{id}', '200'],
      ['post', '/api/inquiries/{id}/messages', '201'],
      ['post', '/api/inquiries/{id}/status', '200'],
      ['get', '/api/providers/me/funnel', '200'],
    ] as const;
    for (const [method, path, status] of routes) {
      expect(doc.paths[path]?.[method]?.responses[status]?.content).toBeDefined();
    }
  });
});
