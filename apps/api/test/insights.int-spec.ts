import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DemandInsightView, MatchResponse } from '@toolbox/contracts';
import { PEERS_BONUS } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/index.js';
import { createTestApp, type TestApp } from './harness.js';
import { answersAt } from './factories/assessments.js';
import {
  bearer,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createInquiry, moveInquiry, registerSme } from './factories/engagement.js';
import type { TestUser } from './factories/users.js';

const ADMIN = { email: 'insights-admin@example.com', password: 'admin-password-1' };

describe('demand insight and the peers reason (api-v1.md, Engagement)', () => {
  let sut: TestApp;
  let adminToken: string;
  let provider: TestProvider;

  const sme = async (
    name: string,
    fields: { industry: string; region: string },
    needs: [string, number][],
    weakInQuality = false,
  ): Promise<TestUser> => {
    const user = await registerSme(sut.http, name, fields);
    await request(sut.http)
      .put('/api/smes/me/needs')
      .set(...bearer(user.accessToken))
      .send({ scenarios: needs.map(([code, priority]) => ({ code, priority })) })
      .expect(200);
    if (weakInQuality) {
      await request(sut.http)
        .post('/api/assessments')
        .set(...bearer(user.accessToken))
        .send({ answers: answersAt(0, 2, { quality: 0 }) })
        .expect(201);
    }
    return user;
  };

  const demand = async (query: string, token = provider.accessToken): Promise<DemandInsightView> =>
    (
      await request(sut.http)
        .get(`/api/insights/demand${query}`)
        .set(...bearer(token))
        .expect(200)
    ).body as DemandInsightView;

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '洞察测试服务商');
    // Supply: two nationwide quality offerings for C34, one only in Guangdong, one for C13 only.
    await publishOffering(sut.http, provider, adminToken, { scenarios: ['quality'] });
    await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality', 'energy'],
      industries: [],
    });
    await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality'],
      regions: ['440000'],
    });
    await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality'],
      industries: ['C13'],
    });
    // Demand in Zhejiang, C34: five firms need quality (three of them also weak in it), four
    // need energy; in Hangzhou city and elsewhere in the province.
    for (let i = 0; i < 5; i++) {
      await sme(
        `浙江质量需求企业${i}有限公司`,
        { industry: 'C34', region: i % 2 === 0 ? '330100' : '330000' },
        i < 4
          ? [
              ['quality', 5 - (i % 2)],
              ['energy', 3],
            ]
          : [['quality', 3]],
        i < 3,
      );
    }
    // Another industry in the same province: not in the C34 slice.
    await sme('浙江纺织企业有限公司', { industry: 'C17', region: '330100' }, [['quality', 5]]);
  });
  afterAll(async () => {
    await sut.close();
  });

  it('counts needing, weak and mean priority per scenario against offerings serving it', async () => {
    const view = await demand('?region=330000&industry=C34');
    expect(view.smes).toBe(5);
    const quality = view.groups.find((g) => g.scenario === 'quality');
    expect(quality).toEqual({
      scenario: 'quality',
      smesNeeding: 5,
      smesWeak: 3,
      avgPriority: 4.2,
      offeringsServing: 2,
    });
  });

  it('suppresses a group built from fewer than 5 SMEs (k-anonymity): no counts at all', async () => {
    const view = await demand('?region=330000&industry=C34');
    const energy = view.groups.find((g) => g.scenario === 'energy');
    expect(energy).toEqual({ scenario: 'energy', suppressed: true });
    // A city-only slice has three firms: everything suppressed.
    const city = await demand('?region=330100&industry=C34');
    expect(city.smes).toBe(3);
    expect(city.groups.length).toBeGreaterThan(0);
    for (const g of city.groups) expect(g).toEqual({ scenario: g.scenario, suppressed: true });
  });

  it('includes a province’s cities, and counts only the slice’s industry', async () => {
    const all = await demand('?region=330000');
    expect(all.smes).toBe(6);
    const quality = all.groups.find((g) => g.scenario === 'quality');
    expect(quality).toMatchObject({ smesNeeding: 6, offeringsServing: 3 });
  });

  it('is for providers and admins only, and validates its codes', async () => {
    await demand('?industry=C34', adminToken);
    const someSme = await registerSme(sut.http, '查看洞察的企业有限公司');
    await request(sut.http)
      .get('/api/insights/demand')
      .set(...bearer(someSme.accessToken))
      .expect(403);
    await request(sut.http).get('/api/insights/demand').expect(401);
    await request(sut.http)
      .get('/api/insights/demand?region=999999')
      .set(...bearer(provider.accessToken))
      .expect(400);
    await request(sut.http)
      .get('/api/insights/demand?foo=1')
      .set(...bearer(provider.accessToken))
      .expect(400);
  });

  it('adds the peers reason once 3 firms of the SME’s industry adopted an offering', async () => {
    const offering = await publishOffering(sut.http, provider, adminToken, {
      title: '同行都在用的质检系统',
      scenarios: ['quality'],
      industries: [],
    });
    const adopt = async (name: string, industry: string): Promise<void> => {
      const user = await registerSme(sut.http, name, { industry, region: '330100' });
      const inquiry = await createInquiry(sut.http, user, offering.id);
      await moveInquiry(sut.http, provider, inquiry.id, 'trialing');
      await moveInquiry(sut.http, provider, inquiry.id, 'won');
    };
    const seeker = await sme('想找质检系统的企业有限公司', { industry: 'C34', region: '330100' }, [
      ['quality', 5],
    ]);
    const peersOf = async (user: TestUser) => {
      const res = await request(sut.http)
        .get('/api/matches?limit=50')
        .set(...bearer(user.accessToken))
        .expect(200);
      const item = (res.body as MatchResponse).items.find((i) => i.offering.id === offering.id);
      if (item === undefined) throw new Error('offering not matched');
      return { reason: item.reasons.find((r) => r.code === 'peers'), score: item.score };
    };

    await adopt('同行甲机械有限公司', 'C34');
    await adopt('同行乙机械有限公司', 'C34');
    await adopt('外行纺织有限公司', 'C17');
    const before = await peersOf(seeker);
    expect(before.reason).toBeUndefined();

    await adopt('同行丙机械有限公司', 'C34');
    const after = await peersOf(seeker);
    expect(after.reason).toEqual({
      code: 'peers',
      textZh: '3 家同行业企业已采用',
      textEn: '3 firms in your industry adopted this',
    });
    // A small bonus, which the reason explains (the offering meets the seeker's need).
    expect(after.score - before.score).toBeCloseTo(PEERS_BONUS, 3);
    expect(after.score).toBeGreaterThan(before.score);

    // A firm of another industry sees no peers reason (only one C17 firm adopted it).
    const other = await sme('另一个行业的企业有限公司', { industry: 'C17', region: '330100' }, [
      ['quality', 5],
    ]);
    expect((await peersOf(other)).reason).toBeUndefined();
  });
});
