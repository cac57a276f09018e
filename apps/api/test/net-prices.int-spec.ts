import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type {
  CaseView,
  MatchItem,
  MatchResponse,
  PlanResponse,
  ProgrammeView,
  SearchItem,
  SearchResponse,
} from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import { as, loginAdmin, publishOffering, registerProvider } from './factories/catalogue.js';
import { registerSme } from './factories/engagement.js';
import { waitFor } from './wait-for.js';

const ADMIN = { email: 'net-prices-admin@example.com', password: 'admin-password-1' };
const DAY = 24 * 3600 * 1000;
const BUDGET = 50_000; // ¥500 a month: the budget rule admits ≤ ¥1 000

/**
 * Issue 12: subsidies and cases in the SME flows — net prices in search (SMEs only), matches and
 * plan costs; the `subsidy` and `case` reasons appear only when true; the budget rule uses the
 * net price.
 */
describe('net prices, subsidy and case reasons in the SME flows', () => {
  let sut: TestApp;
  let admin: string;
  let sme: TestUser; // Hangzhou, C34, budget ¥500, needs production_control 5, quality 3
  let smeOutside: TestUser; // Nanjing: outside the programme's region
  let programme: ProgrammeView;
  const ids: Record<string, string> = {};

  const month = (priceCents: number) => [
    { name: '标准版', billingPeriod: 'month' as const, priceCents, trialDays: 0 },
  ];

  const search = async (token?: string): Promise<Map<string, SearchItem>> => {
    const req = request(sut.http).get('/api/search/offerings?pageSize=50');
    if (token !== undefined) req.set('Authorization', `Bearer ${token}`);
    const body = (await req.expect(200)).body as SearchResponse;
    return new Map(body.items.map((i) => [i.id, i]));
  };
  const matches = async (user: TestUser): Promise<Map<string, MatchItem>> => {
    const body = (await as(sut.http, user.accessToken).get('/api/matches?limit=50').expect(200))
      .body as MatchResponse;
    return new Map(body.items.map((m) => [m.offering.id, m]));
  };
  const codes = (m: MatchItem | undefined) => (m?.reasons ?? []).map((r) => r.code);

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider = await registerProvider(sut.http, '净价测试服务商');
    const fixtures = {
      // Within budget by list price.
      cheap: {
        title: '轻量报工',
        scenarios: ['production_control' as const],
        plans: month(40_000),
      },
      // ¥1 500: over 2 × budget by list price; ¥750 after a 50 % subsidy.
      pricey: {
        title: '旗舰 MES',
        scenarios: ['production_control' as const],
        plans: month(150_000),
      },
      // ¥3 000: still over 2 × budget after the subsidy (¥1 500).
      tooPricey: {
        title: '集团级 MES',
        scenarios: ['production_control' as const],
        plans: month(300_000),
      },
      // A scenario the programme does not cover: never subsidised.
      quality: { title: '质量追溯', scenarios: ['quality' as const], plans: month(30_000) },
    };
    for (const [key, body] of Object.entries(fixtures)) {
      ids[key] = (
        await publishOffering(sut.http, provider, admin, {
          ...body,
          industries: ['C34'],
          stages: [1, 2],
          regions: [],
        })
      ).id;
    }
    await waitFor(async () => {
      const r = await request(sut.http).get('/api/search/offerings?pageSize=50').expect(200);
      return (r.body as SearchResponse).total === Object.keys(fixtures).length ? true : undefined;
    }, 'fixtures indexed');

    sme = await registerSme(sut.http, '杭州精工机械有限公司', {
      industry: 'C34',
      region: '330100',
    });
    smeOutside = await registerSme(sut.http, '南京精工机械有限公司', {
      industry: 'C34',
      region: '320100',
    });
    for (const user of [sme, smeOutside]) {
      await as(sut.http, user.accessToken)
        .put('/api/smes/me/needs', {
          scenarios: [
            { code: 'production_control', priority: 5 },
            { code: 'quality', priority: 3 },
          ],
          monthlyBudgetCents: BUDGET,
        })
        .expect(200);
    }

    // A case of a C34 firm about `cheap`, and one of an unrelated firm about `quality`.
    const caseBody = (offeringIds: string[], industry: string, scenarios: string[]) => ({
      title: '某机械厂：交期准时率从 82% 提到 95%',
      story: '这家企业以来料加工为主。\n\n上线后工人扫码报工。',
      industry,
      region: '330100',
      scenarios,
      offeringIds,
      metrics: [{ code: 'on_time_delivery_pct', before: 82, after: 95 }],
    });
    for (const [offering, industry, scenarios] of [
      [ids.cheap, 'C34', ['production_control']],
      [ids.quality, 'C26', ['safety']],
    ] as const) {
      const created = (
        await as(sut.http, provider.accessToken)
          .post('/api/cases', caseBody([offering ?? ''], industry, [...scenarios]))
          .expect(201)
      ).body as CaseView;
      await as(sut.http, provider.accessToken).post(`/api/cases/${created.id}/submit`).expect(200);
      await as(sut.http, admin).post(`/api/admin/cases/${created.id}/approve`).expect(200);
    }
  });
  afterAll(async () => {
    await sut.close();
  });

  describe('before any programme is published', () => {
    it('an SME sees list prices and no subsidy; the budget rule uses the list price', async () => {
      const found = await search(sme.accessToken);
      expect(found.get(ids.cheap ?? '')).toMatchObject({
        minMonthlyPriceCents: 40_000,
        netMinMonthlyPriceCents: 40_000,
        subsidy: null,
      });
      const got = await matches(sme);
      expect(got.has(ids.pricey ?? '')).toBe(false);
      expect([...got.values()].flatMap(codes)).not.toContain('subsidy');
      expect(got.get(ids.cheap ?? '')?.offering).toMatchObject({
        netMinMonthlyPriceCents: 40_000,
        subsidy: null,
      });
    });
  });

  describe('with a published programme for Zhejiang and production_control at 50 %', () => {
    beforeAll(async () => {
      const created = await as(sut.http, admin)
        .post('/api/programmes', {
          name: '数字化改造券',
          description: '支持中小制造企业生产管控数字化',
          region: '330000',
          industries: [],
          scenarios: ['production_control'],
          levels: [],
          subsidyPercent: 50,
          capCents: 1_000_000,
          budgetCents: 100_000_000,
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        })
        .expect(201);
      const id = (created.body as ProgrammeView).id;
      programme = (await as(sut.http, admin).post(`/api/programmes/${id}/publish`).expect(200))
        .body as ProgrammeView;
    });

    it('search shows an eligible SME its net prices and the subsidy behind them', async () => {
      const found = await search(sme.accessToken);
      expect(found.get(ids.pricey ?? '')).toMatchObject({
        minMonthlyPriceCents: 150_000,
        netMinMonthlyPriceCents: 75_000,
        subsidy: {
          programmeId: programme.id,
          programmeName: '数字化改造券',
          subsidyPercent: 50,
          subsidyCents: 75_000,
        },
      });
      // Not a covered scenario: the list price, no subsidy.
      expect(found.get(ids.quality ?? '')).toMatchObject({
        netMinMonthlyPriceCents: 30_000,
        subsidy: null,
      });
    });

    it('anonymous and non-SME searches are unchanged; an ineligible SME pays list prices', async () => {
      const provider = await registerUser(sut.http, 'provider');
      for (const found of [
        await search(),
        await search(provider.accessToken),
        await search(admin),
      ]) {
        expect(found.size).toBe(4);
        for (const item of found.values()) {
          expect(item).not.toHaveProperty('netMinMonthlyPriceCents');
          expect(item).not.toHaveProperty('subsidy');
        }
      }
      const outside = await search(smeOutside.accessToken);
      expect(outside.get(ids.pricey ?? '')).toMatchObject({
        netMinMonthlyPriceCents: 150_000,
        subsidy: null,
      });
    });

    it('matching admits an offering whose net price fits the budget rule, with the subsidy reason', async () => {
      const got = await matches(sme);
      const pricey = got.get(ids.pricey ?? '');
      expect(pricey?.offering).toMatchObject({
        minMonthlyPriceCents: 150_000,
        netMinMonthlyPriceCents: 75_000,
        subsidy: { programmeId: programme.id, subsidyCents: 75_000 },
      });
      expect(pricey?.reasons).toContainEqual({
        code: 'subsidy',
        textZh: '可享「数字化改造券」补贴 50%，净价 ¥750.00/月',
        textEn: 'Eligible for "数字化改造券": 50% subsidy, net ¥750.00/month',
      });
      // Net ¥1 500 is still more than twice the budget.
      expect(got.has(ids.tooPricey ?? '')).toBe(false);
      // The budget part uses the net price.
      expect(got.get(ids.cheap ?? '')?.reasons).toContainEqual(
        expect.objectContaining({ code: 'budget', textZh: '¥200.00/月起，在您的预算内' }),
      );
      // No subsidy reason where no programme applies.
      expect(codes(got.get(ids.quality ?? ''))).not.toContain('subsidy');
    });

    it('an SME outside the programme region keeps the list-price budget rule and no subsidy reason', async () => {
      const got = await matches(smeOutside);
      expect(got.has(ids.pricey ?? '')).toBe(false);
      expect([...got.values()].flatMap(codes)).not.toContain('subsidy');
      expect(got.get(ids.cheap ?? '')?.offering).toMatchObject({
        netMinMonthlyPriceCents: 40_000,
        subsidy: null,
      });
    });

    it('the case reason counts cases from firms like the SME, and only those', async () => {
      const got = await matches(sme);
      expect(got.get(ids.cheap ?? '')?.reasons).toContainEqual({
        code: 'case',
        textZh: '1 个同类企业案例',
        textEn: '1 case from a firm like yours',
      });
      // Its only case is a C26 firm's about safety: not like this SME.
      expect(got.has(ids.quality ?? '')).toBe(true);
      expect(codes(got.get(ids.quality ?? ''))).not.toContain('case');
      expect(codes(got.get(ids.pricey ?? ''))).not.toContain('case');
    });

    it('plan costs give each item and the totals before and after subsidy', async () => {
      for (const [offeringId, scenario] of [
        [ids.pricey, 'production_control'],
        [ids.quality, 'quality'],
      ] as const) {
        await as(sut.http, sme.accessToken)
          .post('/api/plans/me/items', { offeringId, scenario, priority: 4, phase: 'now' })
          .expect(201);
      }
      const plan = (await as(sut.http, sme.accessToken).get('/api/plans/me').expect(200))
        .body as PlanResponse;
      const item = (id: string | undefined) => plan.items.find((i) => i.offering?.id === id);
      expect(item(ids.pricey)).toMatchObject({
        monthlyCents: 150_000,
        yearlyCents: 1_800_000,
        netMonthlyCents: 75_000,
        netYearlyCents: 900_000,
        subsidy: { programmeId: programme.id, programmeName: '数字化改造券', subsidyCents: 75_000 },
      });
      expect(item(ids.quality)).toMatchObject({
        monthlyCents: 30_000,
        netMonthlyCents: 30_000,
        netYearlyCents: 360_000,
        subsidy: null,
      });
      expect(plan.costs).toEqual({
        adoptedMonthlyCents: 0,
        adoptedYearlyCents: 0,
        plannedMonthlyCents: 180_000,
        plannedYearlyCents: 2_160_000,
        adoptedNetMonthlyCents: 0,
        adoptedNetYearlyCents: 0,
        plannedNetMonthlyCents: 105_000,
        plannedNetYearlyCents: 1_260_000,
      });
    });

    it('after the programme closes, prices and the budget rule are back to list', async () => {
      await as(sut.http, admin).post(`/api/programmes/${programme.id}/close`).expect(200);
      const got = await matches(sme);
      expect(got.has(ids.pricey ?? '')).toBe(false);
      expect([...got.values()].flatMap(codes)).not.toContain('subsidy');
      const plan = (await as(sut.http, sme.accessToken).get('/api/plans/me').expect(200))
        .body as PlanResponse;
      expect(plan.costs.plannedNetMonthlyCents).toBe(plan.costs.plannedMonthlyCents);
    });
  });
});
