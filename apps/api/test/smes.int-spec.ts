import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { MatchResponse } from '@toolbox/contracts';
import { creditCodeCheckChar, offeringServesRegion } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import { bearer, loginAdmin, publishOffering, registerProvider } from './factories/catalogue.js';
import { waitFor } from './wait-for.js';

const ADMIN = { email: 'sme-admin@example.com', password: 'admin-password-1' };
const validCode = (first17: string): string => `${first17}${creditCodeCheckChar(first17)}`;
const CODE = validCode('91330100MA2AB3CD4');

describe('SME profile, needs and matching', () => {
  let sut: TestApp;
  let sme: TestUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    const admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider = await registerProvider(sut.http, '匹配测试服务商');
    const plan = (priceCents: number) => [
      { name: '标准版', billingPeriod: 'month' as const, priceCents, trialDays: 7 },
    ];
    const fixtures = {
      mesLocal: {
        title: '本地云MES',
        scenarios: ['production_control' as const],
        industries: ['C34'],
        stages: [1, 2],
        regions: ['330000'],
        plans: plan(40000),
      },
      qualityAll: {
        title: '质量追溯系统',
        scenarios: ['quality' as const],
        industries: [],
        stages: [2, 3],
        regions: [],
        plans: plan(30000),
      },
      mesGuangdong: {
        title: '广东云MES',
        scenarios: ['production_control' as const],
        industries: [],
        stages: [1, 2],
        regions: ['440000'],
        plans: plan(20000),
      },
      dataPlatform: {
        title: '工业数据中台',
        scenarios: ['production_control' as const, 'decision_support' as const],
        industries: [],
        stages: [3, 4],
        regions: [],
        plans: plan(40000),
      },
      expensive: {
        title: '高端 MES 旗舰',
        scenarios: ['production_control' as const],
        industries: [],
        stages: [1, 2],
        regions: [],
        plans: plan(300000),
      },
      otherIndustry: {
        title: '化工安全巡检',
        scenarios: ['production_control' as const, 'safety' as const],
        industries: ['C26'],
        stages: [1, 2],
        regions: [],
        plans: plan(10000),
      },
      hangzhouOnly: {
        title: '杭州本地服务',
        scenarios: ['production_control' as const],
        industries: [],
        stages: [1],
        regions: ['330100'],
        plans: plan(10000),
      },
    };
    for (const [key, body] of Object.entries(fixtures))
      ids[key] = (await publishOffering(sut.http, provider, admin, body)).id;
    await waitFor(async () => {
      const r = await request(sut.http).get('/api/search/offerings?pageSize=100').expect(200);
      return (r.body.total as number) === Object.keys(fixtures).length ? true : undefined;
    }, 'fixtures indexed');
    sme = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('answers 409 naming what to fill in before a company profile exists', async () => {
    const res = await request(sut.http)
      .get('/api/matches')
      .set(...bearer(sme.accessToken))
      .expect(409);
    expect(res.body).toMatchObject({ code: 'SME_PROFILE_REQUIRED' });
    expect(res.body.message).toMatch(/companyName.*creditCode.*industry.*region.*employees/);
    await request(sut.http)
      .get('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .expect(409);
  });

  it.each([
    ['91330100MA2AB3CD4', 'exactly 18 characters'],
    ['91330100MA2AB3CDIX', 'may only contain'],
    [`${CODE.slice(0, 17)}${CODE[17] === '0' ? '1' : '0'}`, 'check character'],
  ])('validates the credit code %s', async (creditCode, message) => {
    const res = await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({ companyName: '测试', creditCode, industry: 'C34', region: '330000', employees: 50 })
      .expect(400);
    expect(String(res.body.message)).toContain(message);
  });

  it('stores the profile with a derived size class, accepting a lower-case code', async () => {
    const res = await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({
        companyName: '杭州精工机械有限公司',
        creditCode: CODE.toLowerCase(),
        industry: 'C34',
        region: '330100',
        employees: 120,
        annualRevenueCents: 50_000_000_00,
      })
      .expect(200);
    expect(res.body).toMatchObject({
      creditCode: CODE,
      sizeClass: 'small',
      level: null,
      industry: 'C34',
      region: '330100',
    });
    const again = await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({
        companyName: '杭州精工机械有限公司',
        creditCode: CODE,
        industry: 'C34',
        region: '330100',
        employees: 350,
        annualRevenueCents: 50_000_000_00,
      })
      .expect(200);
    expect(again.body).toMatchObject({ id: res.body.id, sizeClass: 'medium' });
  });

  it.each([
    [{ industry: 'C99' }, 'industry'],
    [{ region: '330199' }, 'region'],
    [{ employees: 0 }, 'employees'],
    [{ annualRevenueCents: -1 }, 'annualRevenueCents'],
  ])('answers 400 for %j', async (override, field) => {
    const res = await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({
        companyName: '测试',
        creditCode: CODE,
        industry: 'C34',
        region: '330000',
        employees: 50,
        ...override,
      })
      .expect(400);
    expect(String(res.body.message)).toContain(field);
  });

  it('stores needs and validates priorities', async () => {
    await request(sut.http)
      .put('/api/smes/me/needs')
      .set(...bearer(sme.accessToken))
      .send({ scenarios: [{ code: 'quality', priority: 6 }] })
      .expect(400);
    const res = await request(sut.http)
      .put('/api/smes/me/needs')
      .set(...bearer(sme.accessToken))
      .send({
        scenarios: [
          { code: 'quality', priority: 3 },
          { code: 'production_control', priority: 5 },
        ],
        monthlyBudgetCents: 50000,
        notes: '车间报工靠纸质单',
      })
      .expect(200);
    expect(res.body.scenarios).toEqual([
      { code: 'production_control', priority: 5 },
      { code: 'quality', priority: 3 },
    ]);
    const got = await request(sut.http)
      .get('/api/smes/me/needs')
      .set(...bearer(sme.accessToken))
      .expect(200);
    expect(got.body).toMatchObject({ monthlyBudgetCents: 50000, notes: '车间报工靠纸质单' });
  });

  it('matches best first with scores and reasons, never breaking a hard constraint', async () => {
    const res = await request(sut.http)
      .get('/api/matches?limit=10')
      .set(...bearer(sme.accessToken))
      .expect(200);
    const items = (res.body as MatchResponse).items;
    const got = items.map((i) => i.offering.id);
    // Hangzhou, level unknown (→ 1), budget ¥500: Guangdong-only, level-3+ and > 2× budget ones are out;
    // the C26-only offering does not fit a C34 firm.
    expect(got).not.toContain(ids.mesGuangdong);
    expect(got).not.toContain(ids.dataPlatform);
    expect(got).not.toContain(ids.expensive);
    expect(got).not.toContain(ids.otherIndustry);
    expect(got).toEqual(expect.arrayContaining([ids.mesLocal, ids.qualityAll, ids.hangzhouOnly]));
    expect(got[0]).toBe(ids.mesLocal);
    for (const item of items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(offeringServesRegion(item.offering.regions, '330100')).toBe(true);
    }
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const top = items[0];
    expect(top.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['scenario', 'industry', 'region']),
    );
    expect(top.reasons.find((r) => r.code === 'scenario')).toMatchObject({
      textZh: expect.stringContaining('生产管控'),
      textEn: expect.stringContaining('priority 5'),
    });
  });

  it('validates limit and keeps matches to SMEs', async () => {
    await request(sut.http)
      .get('/api/matches?limit=0')
      .set(...bearer(sme.accessToken))
      .expect(400);
    await request(sut.http)
      .get('/api/matches?limit=51')
      .set(...bearer(sme.accessToken))
      .expect(400);
    const provider = await registerUser(sut.http, 'provider');
    await request(sut.http)
      .get('/api/matches')
      .set(...bearer(provider.accessToken))
      .expect(403);
    await request(sut.http).get('/api/matches').expect(401);
  });
});
