import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import type { NotificationsPage, NotificationView } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import {
  NotificationSender,
  type OutgoingNotification,
} from '../src/modules/notifications/index.js';
import { createTestApp, type TestApp } from './harness.js';
import { TestClock } from './test-clock.js';
import type { TestUser } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createInquiry, moveInquiry, postMessage, registerSme } from './factories/engagement.js';

const ADMIN = { email: 'notifications-admin@example.com', password: 'admin-password-1' };
const T0 = Date.UTC(2027, 4, 10, 1, 0, 0);
const MINUTE = 60_000;

describe('notifications (/api/notifications)', () => {
  const clock = new TestClock(T0);
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;
  let sme: TestUser;
  let offeringId: string;
  const sent: OutgoingNotification[] = [];

  const api = () => request(sut.http);
  const bell = async (user: TestUser, query = '') =>
    (
      await api()
        .get(`/api/notifications${query}`)
        .set(...bearer(user.accessToken))
        .expect(200)
    ).body as NotificationsPage;
  const markRead = async (user: TestUser, ids: string[], status = 200) =>
    (
      await api()
        .post('/api/notifications/read')
        .set(...bearer(user.accessToken))
        .send({ ids })
        .expect(status)
    ).body as { marked: number; unreadCount: number };

  beforeAll(async () => {
    sut = await createTestApp(
      { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
      { clock },
    );
    await sut.app.get(AuthService).ensureAdmin();
    const sender = sut.app.get(NotificationSender);
    const send = sender.send.bind(sender);
    jest.spyOn(sender, 'send').mockImplementation(async (n) => {
      sent.push(n);
      await send(n);
    });
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '通知测试服务商');
    offeringId = (await publishOffering(sut.http, provider, admin, { title: '智能仓储' })).id;
    sme = await registerSme(sut.http, '常州电机有限公司');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('tells the provider of every admin decision on its offerings', async () => {
    const kinds = (await bell(provider)).items.map((n) => [n.kind, n.payload.offeringId]);
    expect(kinds).toEqual([['offering_approved', offeringId]]);

    const rejected = await createOffering(sut.http, provider, { title: '被驳回的方案' });
    await api()
      .post(`/api/offerings/${rejected.id}/submit`)
      .set(...bearer(provider.accessToken))
      .expect(200);
    clock.advance(MINUTE);
    await api()
      .post(`/api/admin/offerings/${rejected.id}/reject`)
      .set(...bearer(admin))
      .send({ reason: '资料不全' })
      .expect(200);
    const suspended = await publishOffering(sut.http, provider, admin, { title: '将被下架' });
    clock.advance(MINUTE);
    await api()
      .post(`/api/admin/offerings/${suspended.id}/suspend`)
      .set(...bearer(admin))
      .send({ reason: '投诉核实中' })
      .expect(200);

    const page = await bell(provider);
    expect(page.items[0]).toMatchObject({
      kind: 'offering_suspended',
      payload: {
        offeringId: suspended.id,
        title: '将被下架',
        status: 'suspended',
        reason: '投诉核实中',
      },
      readAt: null,
    });
    expect(page.items.find((n) => n.kind === 'offering_rejected')?.payload).toEqual({
      offeringId: rejected.id,
      title: '被驳回的方案',
      status: 'rejected',
      reason: '资料不全',
    });
    expect(page.items.filter((n) => n.kind === 'offering_approved')).toHaveLength(2);
    expect(page).toMatchObject({ total: 4, unreadCount: 4, page: 1, pageSize: 20 });
    // The SME heard nothing of it.
    expect((await bell(sme)).total).toBe(0);
  });

  it('tells the other party of a new inquiry, each message and each status move', async () => {
    const before = (await bell(provider)).total;
    clock.advance(MINUTE);
    const inq = await createInquiry(sut.http, sme, offeringId, { message: '想试用智能仓储' });
    const created = (await bell(provider)).items[0];
    expect(created).toMatchObject({
      kind: 'inquiry_created',
      payload: {
        inquiryId: inq.id,
        offeringId,
        offeringTitle: '智能仓储',
        kind: 'trial',
        companyName: '常州电机有限公司',
        excerpt: '想试用智能仓储',
      },
    });
    clock.advance(MINUTE);
    await postMessage(sut.http, provider, inq.id, '可以，已开通 14 天试用');
    clock.advance(MINUTE);
    await postMessage(sut.http, sme, inq.id, '收到，谢谢');
    clock.advance(MINUTE);
    await moveInquiry(sut.http, provider, inq.id, 'trialing');
    clock.advance(MINUTE);
    await moveInquiry(sut.http, sme, inq.id, 'withdrawn', 200, '预算未批');

    const smeBell = await bell(sme);
    expect(smeBell.items.map((n) => [n.kind, n.payload.inquiryId])).toEqual([
      ['inquiry_status', inq.id],
      ['inquiry_message', inq.id],
    ]);
    expect(smeBell.items[0].payload).toMatchObject({ from: 'responded', to: 'trialing' });
    expect(smeBell.items[1].payload).toMatchObject({
      author: 'provider',
      excerpt: '可以，已开通 14 天试用',
    });
    const providerBell = await bell(provider);
    expect(providerBell.total).toBe(before + 3);
    expect(providerBell.items.slice(0, 3).map((n) => n.kind)).toEqual([
      'inquiry_status',
      'inquiry_message',
      'inquiry_created',
    ]);
    expect(providerBell.items[0].payload).toMatchObject({
      from: 'trialing',
      to: 'withdrawn',
      reason: '预算未批',
    });
    expect(providerBell.items[0].createdAt).toBe(new Date(clock.now()).toISOString());
  });

  it('hands every notification to the sender port (log-only), and a failing sender loses nothing', async () => {
    const total = (await bell(sme)).total + (await bell(provider)).total;
    expect(sent.length).toBe(total);
    expect(sent.at(-1)).toMatchObject({ userId: provider.user.id, kind: 'inquiry_status' });

    const sender = sut.app.get(NotificationSender);
    (sender.send as jest.MockedFunction<typeof sender.send>).mockRejectedValueOnce(
      new Error('smtp down'),
    );
    // A later time than the previous test's last notice, so "newest first" has one answer.
    clock.advance(MINUTE);
    const inq = await createInquiry(sut.http, sme, offeringId, { kind: 'quote' });
    expect((await bell(provider)).items[0]).toMatchObject({
      kind: 'inquiry_created',
      payload: { inquiryId: inq.id },
    });
  });

  it('filters unread, pages, and marks only the caller’s own notifications read', async () => {
    const all = await bell(provider, '?pageSize=100');
    expect(all.unreadCount).toBe(all.total);
    const paged = await bell(provider, '?page=2&pageSize=3');
    expect(paged.items.map((n) => n.id)).toEqual(all.items.slice(3, 6).map((n) => n.id));
    expect(paged).toMatchObject({ page: 2, pageSize: 3, total: all.total });

    const [first, second] = all.items;
    const smeIds = (await bell(sme)).items.map((n) => n.id);
    // Someone else's ids are ignored, an unknown id too.
    expect(await markRead(provider, [...smeIds, '00000000-0000-4000-8000-000000000000'])).toEqual({
      marked: 0,
      unreadCount: all.total,
    });
    expect((await bell(sme)).unreadCount).toBe(smeIds.length);

    clock.advance(MINUTE);
    expect(await markRead(provider, [first.id, second.id, first.id])).toEqual({
      marked: 2,
      unreadCount: all.total - 2,
    });
    // Marking again changes nothing.
    expect(await markRead(provider, [first.id])).toEqual({
      marked: 0,
      unreadCount: all.total - 2,
    });

    const unread = await bell(provider, '?unread=true&pageSize=100');
    expect(unread.total).toBe(all.total - 2);
    expect(unread.items.map((n) => n.id)).not.toContain(first.id);
    const read = await bell(provider, '?unread=false');
    expect(read.items.map((n: NotificationView) => [n.id, n.readAt]).sort()).toEqual(
      [
        [first.id, new Date(clock.now()).toISOString()],
        [second.id, new Date(clock.now()).toISOString()],
      ].sort(),
    );
    expect(read.unreadCount).toBe(all.total - 2);
  });

  it('validates input and needs a signed-in user', async () => {
    await markRead(provider, [], 400);
    const bad = await api()
      .post('/api/notifications/read')
      .set(...bearer(provider.accessToken))
      .send({ ids: ['nope'] })
      .expect(400);
    expect(bad.body).toMatchObject({ errors: [{ field: 'ids', code: 'isUuid' }] });
    await markRead(
      provider,
      Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000'),
      400,
    );
    await api()
      .get('/api/notifications?unread=maybe')
      .set(...bearer(provider.accessToken))
      .expect(400);
    await api()
      .get('/api/notifications?pageSize=0')
      .set(...bearer(provider.accessToken))
      .expect(400);
    await api().get('/api/notifications').expect(401);
    await api().post('/api/notifications/read').send({ ids: [] }).expect(401);
    // Admins have a bell too.
    expect(
      (
        await api()
          .get('/api/notifications')
          .set(...bearer(admin))
          .expect(200)
      ).body,
    ).toMatchObject({ items: [], total: 0, unreadCount: 0 });
  });

  it('documents both routes in OpenAPI', async () => {
    const doc = (await api().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    expect(doc.paths['/api/notifications']?.get?.responses['200']?.content).toBeDefined();
    expect(doc.paths['/api/notifications/read']?.post?.responses['200']?.content).toBeDefined();
  });
});
