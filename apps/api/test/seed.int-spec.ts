import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SeedService } from '../src/modules/seed/seed.service.js';
import {
  DEMO_GOV_EMAIL,
  DEMO_PASSWORD,
  DEMO_PROVIDER_EMAIL,
  DEMO_SME_EMAIL,
} from '../src/modules/seed/demo-data.js';
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

  it('seeds the demo gov account with programmes, applications in every status and a matching ledger', async () => {
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: DEMO_GOV_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    expect(login.body.user).toMatchObject({ role: 'gov', region: '330000' });
    const gov = login.body.accessToken as string;
    const programmes = (
      await request(sut.http)
        .get('/api/programmes?pageSize=100')
        .set(...bearer(gov))
        .expect(200)
    ).body as {
      items: {
        id: string;
        region: string;
        status: string;
        scenarios: string[];
        industries: string[];
        budgetCents: number;
        committedCents: number;
      }[];
    };
    expect(programmes.items.map((p) => p.status).sort()).toEqual([
      'closed',
      'draft',
      'published',
      'published',
    ]);
    const province = programmes.items.find(
      (p) => p.status === 'published' && p.region === '330000',
    );
    const city = programmes.items.find((p) => p.region === '330100');
    expect(province?.scenarios).toEqual(expect.arrayContaining(['cloud_it', 'finance']));
    expect(city?.industries).toHaveLength(2);
    const statuses = new Set<string>();
    for (const p of [province, city]) {
      if (p === undefined) throw new Error('seeded programme missing');
      // A partly used budget.
      expect(p.committedCents).toBeGreaterThan(0);
      expect(p.committedCents).toBeLessThan(p.budgetCents);
      const apps = (
        await request(sut.http)
          .get(`/api/applications?programmeId=${p.id}&pageSize=100`)
          .set(...bearer(gov))
          .expect(200)
      ).body as { items: { status: string; eligibility: { eligible: boolean } }[] };
      for (const a of apps.items) statuses.add(a.status);
      const ledger = (
        await request(sut.http)
          .get(`/api/programmes/${p.id}/ledger?pageSize=100`)
          .set(...bearer(gov))
          .expect(200)
      ).body as { items: { kind: string; amountCents: number; balanceCents: number }[] };
      let running = 0;
      for (const row of ledger.items) {
        running += row.kind === 'commit' ? row.amountCents : -row.amountCents;
        expect(row.balanceCents).toBe(running);
      }
      expect(running).toBe(p.committedCents);
    }
    expect([...statuses].sort()).toEqual(['approved', 'rejected', 'submitted', 'withdrawn']);
    // The demo SME has an application of its own.
    const sme = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: DEMO_SME_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    const own = await request(sut.http)
      .get('/api/applications')
      .set(...bearer(sme.body.accessToken as string))
      .expect(200);
    expect(own.body.total).toBeGreaterThanOrEqual(1);
  });

  it('backs every rating with reviews from engaged SMEs; every SME has assessments and a plan', async () => {
    const seed = sut.app.get(SeedService);
    // The first test seeded this database.
    expect(await seed.seedIfEmpty()).toMatchObject({ seeded: false });
    const ds = sut.app.get(DataSource);
    const one = async (sql: string): Promise<number> =>
      Number((await ds.query<{ n: string }[]>(sql))[0].n);

    // No rating without reviews anywhere; rating = mean of visible reviews, count = their number.
    expect(await one('SELECT count(*) AS n FROM reviews')).toBeGreaterThanOrEqual(300);
    expect(
      await one(`SELECT count(*) AS n FROM offerings o
        LEFT JOIN (SELECT offering_id, round(avg(rating), 1) AS mean, count(*) AS c FROM reviews
                    WHERE hidden_at IS NULL GROUP BY offering_id) r ON r.offering_id = o.id
        WHERE o.rating IS DISTINCT FROM r.mean OR o.review_count <> coalesce(r.c, 0)`),
    ).toBe(0);
    expect(
      await one('SELECT count(*) AS n FROM offerings WHERE rating IS NOT NULL'),
    ).toBeGreaterThan(100);
    // Every review is backed by the same SME's inquiry that reached trialing or won, and its
    // verified badge says which.
    expect(
      await one(`SELECT count(*) AS n FROM reviews r WHERE NOT EXISTS (
          SELECT 1 FROM inquiries i WHERE i.sme_user_id = r.sme_user_id
             AND i.offering_id = r.offering_id AND i.trial_at IS NOT NULL
             AND (r.verified = 'trial' OR i.status = 'won'))`),
    ).toBe(0);
    // Every demo SME: one to three assessments over the past year, progressing, and a plan.
    const history = await ds.query<{ n: string; first: string; last: string; span: string }[]>(
      `SELECT count(a.id) AS n, min(a.total_score) FILTER (WHERE a.created_at = f.first) AS first,
              max(a.total_score) FILTER (WHERE a.created_at = f.last) AS last,
              extract(day FROM now() - f.first) AS span
         FROM smes s JOIN assessments a ON a.user_id = s.user_id
         JOIN (SELECT user_id, min(created_at) AS first, max(created_at) AS last
                 FROM assessments GROUP BY user_id) f ON f.user_id = s.user_id
        GROUP BY s.user_id, f.first`,
    );
    const smes = await one('SELECT count(*) AS n FROM smes');
    expect(history).toHaveLength(smes);
    for (const h of history) {
      expect(Number(h.n)).toBeGreaterThanOrEqual(1);
      expect(Number(h.n)).toBeLessThanOrEqual(3);
      expect(Number(h.span)).toBeLessThanOrEqual(366);
      expect(Number(h.last)).toBeGreaterThanOrEqual(Number(h.first));
    }
    expect(history.some((h) => Number(h.n) > 1 && Number(h.last) > Number(h.first))).toBe(true);
    expect(
      await one(`SELECT count(*) AS n FROM smes s
        WHERE NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.user_id = s.user_id)`),
    ).toBe(0);
    // The newest assessment is each SME's level.
    expect(
      await one(`SELECT count(*) AS n FROM smes s WHERE s.level IS DISTINCT FROM (
          SELECT a.level FROM assessments a WHERE a.user_id = s.user_id
           ORDER BY a.created_at DESC LIMIT 1)`),
    ).toBe(0);
  });

  it('seeds leads in every status with threads, views and notifications, as the API records them', async () => {
    const ds = sut.app.get(DataSource);
    const one = async (sql: string, params: unknown[] = []): Promise<number> =>
      Number((await ds.query<{ n: string }[]>(sql, params))[0].n);
    const byStatus = Object.fromEntries(
      (
        await ds.query<{ status: string; n: string }[]>(
          'SELECT status, count(*) AS n FROM inquiries GROUP BY status',
        )
      ).map((r) => [r.status, Number(r.n)]),
    );
    for (const status of ['open', 'responded', 'trialing', 'won', 'lost', 'withdrawn']) {
      expect([status, (byStatus[status] ?? 0) >= 10]).toEqual([status, true]);
    }
    // Spread over many offerings; the demo provider has leads in at least four statuses, the
    // demo SME in the four live-lead statuses.
    expect(
      await one(`SELECT count(DISTINCT offering_id) AS n FROM inquiries
                  WHERE status IN ('open', 'responded', 'lost', 'withdrawn')`),
    ).toBeGreaterThanOrEqual(40);
    const statusesOf = async (column: string, email: string): Promise<string[]> =>
      (
        await ds.query<{ status: string }[]>(
          `SELECT DISTINCT i.status FROM inquiries i JOIN users u ON u.id = i.${column}
            WHERE u.email = $1 ORDER BY 1`,
          [email],
        )
      ).map((r) => r.status);
    expect(
      (await statusesOf('provider_user_id', DEMO_PROVIDER_EMAIL)).length,
    ).toBeGreaterThanOrEqual(4);
    expect(await statusesOf('sme_user_id', DEMO_SME_EMAIL)).toEqual(
      expect.arrayContaining(['open', 'responded', 'lost', 'withdrawn']),
    );
    // At most one unfinished inquiry per SME, offering and kind (the partial unique index).
    expect(
      await one(`SELECT count(*) AS n FROM (SELECT 1 FROM inquiries
                  WHERE status IN ('open', 'responded', 'trialing')
                  GROUP BY sme_user_id, offering_id, kind HAVING count(*) > 1) d`),
    ).toBe(0);
    // Threads and events as the API records them: an SME message first; a provider message iff
    // a first response time; open ones unanswered; every message has its event; the final
    // move's actor and reason (provider for lost, SME for withdrawn); no activity after it.
    expect(
      await one(`SELECT count(*) AS n FROM inquiries i WHERE
          (SELECT m.author FROM inquiry_messages m WHERE m.inquiry_id = i.id
            ORDER BY m.created_at, m.seq LIMIT 1) IS DISTINCT FROM 'sme'
       OR (i.first_response_at IS NULL) <> NOT EXISTS (SELECT 1 FROM inquiry_messages m
            WHERE m.inquiry_id = i.id AND m.author = 'provider')
       OR (i.status = 'open' AND i.first_response_at IS NOT NULL)
       OR i.message_count <> (SELECT count(*) FROM inquiry_events e
            WHERE e.inquiry_id = i.id AND e.type = 'message' AND e.message_id IS NOT NULL)
       OR i.created_at < now() - interval '400 days' OR i.updated_at > now()`),
    ).toBe(0);
    expect(
      await one(`SELECT count(*) AS n FROM inquiries i WHERE i.status IN ('lost', 'withdrawn')
        AND (i.closed_at IS NULL OR i.last_message_at > i.closed_at OR NOT EXISTS (
          SELECT 1 FROM inquiry_events e WHERE e.inquiry_id = i.id AND e.type = 'status'
             AND e.to_status = i.status AND e.created_at = i.closed_at AND e.reason IS NOT NULL
             AND e.actor = CASE i.status WHEN 'lost' THEN 'provider' ELSE 'sme' END
             AND e.actor_user_id = CASE i.status WHEN 'lost' THEN i.provider_user_id
                                                 ELSE i.sme_user_id END))`),
    ).toBe(0);
    // The live leads are of the last 60 days.
    expect(
      await one(`SELECT count(*) AS n FROM inquiries WHERE status IN ('open', 'responded')
                  AND created_at < now() - interval '61 days'`),
    ).toBe(0);

    // The demo provider's funnel over the default 30 days: views, leads, a first-response median.
    const login = async (email: string): Promise<string> =>
      (
        await request(sut.http)
          .post('/api/auth/login')
          .send({ email, password: DEMO_PASSWORD })
          .expect(200)
      ).body.accessToken as string;
    const provider = await login(DEMO_PROVIDER_EMAIL);
    const funnel = (
      await request(sut.http)
        .get('/api/providers/me/funnel')
        .set(...bearer(provider))
        .expect(200)
    ).body as {
      views: number;
      inquiries: number;
      lost: number;
      medianFirstResponseMinutes: number | null;
    };
    expect(funnel.views).toBeGreaterThan(funnel.inquiries);
    expect(funnel.inquiries).toBeGreaterThanOrEqual(8);
    expect(funnel.lost).toBeGreaterThan(0);
    expect(funnel.medianFirstResponseMinutes).toBeGreaterThan(0);
    expect(funnel.medianFirstResponseMinutes).toBeLessThan(48 * 60);

    // A lost lead's thread reads back with the provider's reason.
    const lost = (
      await request(sut.http)
        .get('/api/inquiries?status=lost')
        .set(...bearer(provider))
        .expect(200)
    ).body as { items: { id: string }[] };
    expect(lost.items.length).toBeGreaterThan(0);
    const thread = (
      await request(sut.http)
        .get(`/api/inquiries/${lost.items[0]?.id}`)
        .set(...bearer(provider))
        .expect(200)
    ).body as {
      messages: { author: string }[];
      events: { type: string; actor: string; to: string | null; reason: string | null }[];
    };
    expect(thread.messages[0]?.author).toBe('sme');
    expect(thread.events[0]).toMatchObject({ type: 'created', to: 'open' });
    expect(thread.events.at(-1)).toMatchObject({
      type: 'status',
      actor: 'provider',
      to: 'lost',
      reason: expect.any(String),
    });

    // Both demo accounts have unread notifications linking to their own inquiries.
    for (const email of [DEMO_PROVIDER_EMAIL, DEMO_SME_EMAIL]) {
      const token = await login(email);
      const page = (
        await request(sut.http)
          .get('/api/notifications')
          .set(...bearer(token))
          .expect(200)
      ).body as { unreadCount: number; items: { payload: { inquiryId?: unknown } }[] };
      expect([email, page.unreadCount > 0]).toEqual([email, true]);
      const inquiryId = page.items[0]?.payload.inquiryId;
      expect(typeof inquiryId).toBe('string');
      await request(sut.http)
        .get(`/api/inquiries/${String(inquiryId)}`)
        .set(...bearer(token))
        .expect(200);
    }
  });

  it('shows real, unsuppressed demand groups in several region/industry slices', async () => {
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: DEMO_PROVIDER_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    const token = login.body.accessToken as string;
    const slices = [
      '330000/C18',
      '330000/C34',
      '320000/C38',
      '440000/C39',
      '370000/C33',
      '340000/C14',
    ];
    for (const slice of slices) {
      const [region, industry] = slice.split('/');
      const res = await request(sut.http)
        .get(`/api/insights/demand?region=${region}&industry=${industry}`)
        .set(...bearer(token))
        .expect(200);
      const body = res.body as { smes: number; groups: { suppressed?: boolean }[] };
      expect([slice, body.smes >= 5]).toEqual([slice, true]);
      expect([slice, body.groups.some((g) => g.suppressed !== true)]).toEqual([slice, true]);
    }
  });

  it('seeds a case library: 20+ published cases over many industries, linked to their provider’s offerings', async () => {
    const all = (await request(sut.http).get('/api/cases?pageSize=100').expect(200)).body as {
      total: number;
      items: {
        id: string;
        industry: string;
        scenarios: string[];
        story: string;
        offerings: { id: string }[];
        metrics: { code: string; before: number; after: number }[];
        provider: { id: string; name: string };
      }[];
    };
    expect(all.total).toBeGreaterThanOrEqual(20);
    expect(new Set(all.items.map((c) => c.industry)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(all.items.flatMap((c) => c.scenarios)).size).toBeGreaterThanOrEqual(12);
    for (const c of all.items) {
      expect([c.id, c.offerings.length >= 1 && c.offerings.length <= 2]).toEqual([c.id, true]);
      expect([c.id, c.metrics.length >= 1, c.provider.name !== '']).toEqual([c.id, true, true]);
      expect(c.story).toMatch(/[\u4e00-\u9fff]/);
    }
    // Every linked offering is a published offering of the case's provider.
    const ds = sut.app.get(DataSource);
    const foreign = await ds.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM cases c CROSS JOIN LATERAL unnest(c.offering_ids) AS l(id)
         JOIN offerings o ON o.id = l.id
        WHERE o.provider_id <> c.provider_id OR o.status <> 'published'`,
    );
    expect(Number(foreign[0].n)).toBe(0);

    // The demo provider has two cases waiting for review and one rejected with a reason.
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: DEMO_PROVIDER_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    const mine = (
      await request(sut.http)
        .get('/api/cases/mine?pageSize=100')
        .set(...bearer(login.body.accessToken as string))
        .expect(200)
    ).body as { items: { status: string; rejectionReason: string | null }[] };
    expect(mine.items.filter((c) => c.status === 'pending')).toHaveLength(2);
    const rejected = mine.items.filter((c) => c.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.rejectionReason).toBeTruthy();
  });
});
