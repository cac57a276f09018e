import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { OfferingView, ReviewView } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/index.js';
import { createTestApp, type TestApp } from './harness.js';
import {
  bearer,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createInquiry, moveInquiry, registerSme } from './factories/engagement.js';
import type { TestUser } from './factories/users.js';
import { waitFor } from './wait-for.js';

const ADMIN = { email: 'admin@reviews.test', password: 'admin-password-123' };
/** api-v1.md: search shows a new rating within 2 s. */
const SEARCH_WITHIN_MS = 2_000;

describe('reviews (api-v1.md, Engagement)', () => {
  let sut: TestApp;
  let adminToken: string;
  let provider: TestProvider;
  let otherProvider: TestProvider;
  let offering: OfferingView;
  let trialSme: TestUser;
  let wonSme: TestUser;

  const put = (user: TestUser, offeringId: string, body: object, status: number) =>
    request(sut.http)
      .put(`/api/offerings/${offeringId}/reviews/mine`)
      .set(...bearer(user.accessToken))
      .send(body)
      .expect(status);

  const list = async (offeringId: string): Promise<{ items: ReviewView[]; total: number }> =>
    (await request(sut.http).get(`/api/offerings/${offeringId}/reviews`).expect(200)).body as {
      items: ReviewView[];
      total: number;
    };

  const stored = async (offeringId: string): Promise<{ rating: string | null; n: number }> => {
    const rows = await sut.app
      .get(DataSource)
      .query<{ rating: string | null; n: number }[]>(
        'SELECT rating, review_count AS n FROM offerings WHERE id = $1',
        [offeringId],
      );
    return rows[0];
  };

  /** The search hit for the offering once it shows `rating` (bounded by the contract's 2 s). */
  const searchShows = (o: OfferingView, rating: number | null) =>
    waitFor(
      async () => {
        const res = await request(sut.http)
          .get(`/api/search/offerings?q=${encodeURIComponent(o.title)}&pageSize=50`)
          .expect(200);
        const hit = (res.body.items as { id: string; rating: number | null }[]).find(
          (i) => i.id === o.id,
        );
        return hit !== undefined && hit.rating === rating ? hit : undefined;
      },
      `search to show rating ${String(rating)}`,
      SEARCH_WITHIN_MS,
    );

  /** An SME whose inquiry on the offering reached `status` through the real flow. */
  const engaged = async (
    company: string,
    status: 'trialing' | 'won',
    industry = 'C34',
  ): Promise<TestUser> => {
    const sme = await registerSme(sut.http, company, { industry });
    const inquiry = await createInquiry(sut.http, sme, offering.id);
    await moveInquiry(sut.http, provider, inquiry.id, 'trialing');
    if (status === 'won') await moveInquiry(sut.http, provider, inquiry.id, 'won');
    return sme;
  };

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '评价测试服务商');
    otherProvider = await registerProvider(sut.http, '另一家服务商');
    offering = await publishOffering(sut.http, provider, adminToken, {
      title: '评价测试专用云MES',
    });
    trialSme = await engaged('杭州试用精密机械有限公司', 'trialing');
    wonSme = await engaged('杭州采用精密机械有限公司', 'won');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('documents the review and insight routes in OpenAPI, with bodies and success schemas', async () => {
    const doc = (await request(sut.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses: Record<string, { content?: unknown }> }>
      >;
    };
    const routes: [string, string, boolean][] = [
      ['/api/offerings/{id}/reviews/mine', 'put', true],
      ['/api/offerings/{id}/reviews', 'get', false],
      ['/api/reviews/{id}/reply', 'post', true],
      ['/api/admin/reviews/{id}/hide', 'post', true],
      ['/api/insights/demand', 'get', false],
    ];
    for (const [path, method, hasBody] of routes) {
      const op = doc.paths[path]?.[method];
      expect([path, method, op !== undefined]).toEqual([path, method, true]);
      expect(op?.responses['200']?.content).toBeDefined();
      expect([path, op?.requestBody !== undefined]).toEqual([path, hasBody]);
    }
  });

  it('is 403 for an SME without an inquiry that reached trialing or won', async () => {
    const stranger = await registerSme(sut.http, '未咨询的企业有限公司');
    await put(stranger, offering.id, { rating: 5, body: '没用过但想评价一下这个产品' }, 403);
    // An open (or merely answered) inquiry is not enough.
    const asking = await registerSme(sut.http, '只咨询过的企业有限公司');
    const inquiry = await createInquiry(sut.http, asking, offering.id, { kind: 'question' });
    await put(asking, offering.id, { rating: 5, body: '只是问了问，还没有试用过' }, 403);
    // A trial that ended lost still counts as reached trialing.
    await moveInquiry(sut.http, provider, inquiry.id, 'trialing');
    await moveInquiry(sut.http, provider, inquiry.id, 'lost');
    const r = await put(asking, offering.id, { rating: 3, body: '试用过，最后没有采购。' }, 200);
    expect((r.body as ReviewView).verified).toBe('trial');
    await request(sut.http)
      .put(`/api/offerings/${offering.id}/reviews/mine`)
      .set(...bearer(provider.accessToken))
      .send({ rating: 5, body: '服务商不能给自己写评价' })
      .expect(403);
    await request(sut.http)
      .put(`/api/offerings/${offering.id}/reviews/mine`)
      .send({ rating: 5, body: '匿名用户不能写评价哦' })
      .expect(401);
    // Clean up: hide it so the rating below counts only the two reviewers of this file.
    await request(sut.http)
      .post(`/api/admin/reviews/${(r.body as ReviewView).id}/hide`)
      .set(...bearer(adminToken))
      .send({ reason: '测试清理' })
      .expect(200);
  });

  it('validates rating 1..5 and body 10–2000 characters, and 404s an unknown offering', async () => {
    const bad = await put(
      trialSme,
      offering.id,
      { rating: 6, body: '评分超出范围的评价内容' },
      400,
    );
    expect((bad.body as { errors: { field: string }[] }).errors[0]?.field).toBe('rating');
    await put(trialSme, offering.id, { rating: 4, body: '太短' }, 400);
    await put(trialSme, offering.id, { rating: 4, body: 'x'.repeat(2001) }, 400);
    await put(trialSme, offering.id, { rating: 4.5, body: '半星不行，只能整数评分' }, 400);
    await put(
      trialSme,
      '00000000-0000-4000-8000-000000000000',
      { rating: 4, body: '不存在的服务评价内容' },
      404,
    );
    await put(trialSme, 'not-a-uuid', { rating: 4, body: '格式错误的编号评价' }, 400);
  });

  it('creates, then replaces the SME’s one review; verified is trial or adopted', async () => {
    const first = (
      await put(trialSme, offering.id, { rating: 3, body: '试用两周，报工很方便。' }, 200)
    ).body as ReviewView;
    expect(first).toMatchObject({ rating: 3, verified: 'trial', offeringId: offering.id });
    const again = (
      await put(trialSme, offering.id, { rating: 4, body: '试用一个月，报工和质检都很方便。' }, 200)
    ).body as ReviewView;
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ rating: 4, body: '试用一个月，报工和质检都很方便。' });

    const adopted = (
      await put(wonSme, offering.id, { rating: 5, body: '已经全厂上线，交付准时率明显提高。' }, 200)
    ).body as ReviewView;
    expect(adopted.verified).toBe('adopted');

    const page = await list(offering.id);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.id)).toEqual([adopted.id, first.id]); // newest first
  });

  it('lists publicly without the company name: industry, region and size class only', async () => {
    const res = await request(sut.http).get(`/api/offerings/${offering.id}/reviews`).expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('精密机械有限公司');
    expect(text).not.toContain('companyName');
    const item = (res.body as { items: ReviewView[] }).items[0];
    expect(item?.sme).toEqual({ industry: 'C34', region: '330100', sizeClass: 'small' });
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ['body', 'createdAt', 'id', 'offeringId', 'rating', 'sme', 'updatedAt', 'verified'].sort(),
    );
    await request(sut.http).get(`/api/offerings/${offering.id}/reviews?pageSize=101`).expect(400);
  });

  it('keeps rating and reviewCount in PostgreSQL and search (within 2 s)', async () => {
    expect(await stored(offering.id)).toEqual({ rating: '4.5', n: 2 });
    const hit = await searchShows(offering, 4.5);
    expect(hit.rating).toBe(4.5);
    const page = await request(sut.http).get(`/api/offerings/${offering.id}`).expect(200);
    expect(page.body).toMatchObject({ rating: 4.5, reviewCount: 2 });
  });

  it('lets only the owning provider reply (others 404), once and replaceable', async () => {
    const [review] = (await list(offering.id)).items;
    if (review === undefined) throw new Error('no review');
    const reply = (body: string, user: TestUser) =>
      request(sut.http)
        .post(`/api/reviews/${review.id}/reply`)
        .set(...bearer(user.accessToken))
        .send({ body });
    await reply('不是我的服务，却想回复', otherProvider).expect(404);
    await reply('企业不能回复评价', wonSme).expect(403);
    await request(sut.http)
      .post('/api/reviews/00000000-0000-4000-8000-000000000000/reply')
      .set(...bearer(provider.accessToken))
      .send({ body: '不存在' })
      .expect(404);
    const first = (await reply('感谢认可！', provider).expect(200)).body as ReviewView;
    expect(first.reply?.body).toBe('感谢认可！');
    const second = (await reply('感谢认可，我们会持续改进。', provider).expect(200))
      .body as ReviewView;
    expect(second.reply?.body).toBe('感谢认可，我们会持续改进。');
    expect(second.reply?.createdAt).toBe(first.reply?.createdAt);
    const shown = (await list(offering.id)).items.find((i) => i.id === review.id);
    expect(shown?.reply?.body).toBe('感谢认可，我们会持续改进。');
  });

  it('notifies the provider of a new review and the SME of a reply', async () => {
    const kinds = async (user: TestUser): Promise<string[]> =>
      (
        (
          await request(sut.http)
            .get('/api/notifications?pageSize=100')
            .set(...bearer(user.accessToken))
            .expect(200)
        ).body as { items: { kind: string; payload: Record<string, unknown> }[] }
      ).items
        .filter((n) => n.payload.offeringId === offering.id)
        .map((n) => n.kind);
    expect(await kinds(provider)).toContain('review_created');
    expect(await kinds(wonSme)).toContain('review_replied');
    expect(await kinds(trialSme)).not.toContain('review_replied');
  });

  it('lets an admin hide a review: it leaves the list and the rating (PostgreSQL and search), and is audited', async () => {
    const [adopted] = (await list(offering.id)).items;
    if (adopted === undefined) throw new Error('no review');
    const hide = (user: TestUser | { accessToken: string }) =>
      request(sut.http)
        .post(`/api/admin/reviews/${adopted.id}/hide`)
        .set(...bearer(user.accessToken))
        .send({ reason: '含有广告内容' });
    await hide(provider).expect(403);
    await request(sut.http)
      .post(`/api/admin/reviews/${adopted.id}/hide`)
      .set(...bearer(adminToken))
      .send({})
      .expect(400);
    const hidden = (await hide({ accessToken: adminToken }).expect(200)).body as {
      hidden: boolean;
      hiddenReason: string;
    };
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: '含有广告内容' });

    const page = await list(offering.id);
    expect(page.items.map((i) => i.id)).not.toContain(adopted.id);
    expect(page.total).toBe(1);
    expect(await stored(offering.id)).toEqual({ rating: '4.0', n: 1 });
    await searchShows(offering, 4);

    const audit = await request(sut.http)
      .get(`/api/admin/audit?entityType=review&entityId=${adopted.id}`)
      .set(...bearer(adminToken))
      .expect(200);
    expect((audit.body as { items: unknown[] }).items).toContainEqual(
      expect.objectContaining({ action: 'hide', entityType: 'review', reason: '含有广告内容' }),
    );
    // The provider cannot reply to a hidden review.
    await request(sut.http)
      .post(`/api/reviews/${adopted.id}/reply`)
      .set(...bearer(provider.accessToken))
      .send({ body: '回复已隐藏的评价' })
      .expect(404);
  });

  it('drops the rating to null when the last visible review is hidden', async () => {
    const [last] = (await list(offering.id)).items;
    if (last === undefined) throw new Error('no review');
    await request(sut.http)
      .post(`/api/admin/reviews/${last.id}/hide`)
      .set(...bearer(adminToken))
      .send({ reason: '测试' })
      .expect(200);
    expect(await stored(offering.id)).toEqual({ rating: null, n: 0 });
    await searchShows(offering, null);
  });
});
