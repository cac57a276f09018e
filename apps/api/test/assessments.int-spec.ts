import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type {
  AssessmentView,
  MatchReason,
  MatchResponse,
  SearchResponse,
} from '@toolbox/contracts';
import { creditCodeCheckChar, type ScenarioCode } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import { bearer, loginAdmin, publishOffering, registerProvider } from './factories/catalogue.js';
import { answersAt } from './factories/assessments.js';
import { waitFor } from './wait-for.js';

const ADMIN = { email: 'assessments-admin@example.com', password: 'admin-password-1' };

describe('assessments (api-v1 questionnaire, assessments)', () => {
  let sut: TestApp;
  let sme: TestUser;
  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    sme = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  it('serves the versioned questionnaire publicly with the contract codes', async () => {
    const res = await request(sut.http).get('/api/assessments/questionnaire').expect(200);
    expect(res.body.version).toBe('2024.1');
    expect((res.body.dimensions as { code: string }[]).map((d) => d.code)).toEqual([
      'foundations',
      'management',
      'results',
      'operations',
    ]);
    const codes = (
      res.body.dimensions as { indicators: { code: string; multiple: boolean }[] }[]
    ).flatMap((d) => d.indicators);
    expect(codes).toHaveLength(31);
    expect(codes.find((i) => i.code === 'f_network')).toMatchObject({ multiple: true });
    expect(codes.find((i) => i.code === 'production_control')).toMatchObject({ multiple: false });
  });

  it('answers 400 naming the indicator for missing, unknown and mis-shaped answers', async () => {
    const full = answersAt(0, 0);
    const { f_network: _gone, ...missing } = full;
    const cases: [Record<string, unknown>, string][] = [
      [missing, 'f_network'],
      [{ ...full, f_network: 'shop_floor_network' }, 'f_network'],
      [{ ...full, r_energy: ['decreased'] }, 'r_energy'],
      [{ ...full, quality: 'r9' }, 'quality'],
      [{ ...full, bogus: 'x' }, 'bogus'],
      [{ ...full, m_plan_execution: 'na' }, 'm_plan_execution'],
    ];
    for (const [answers, indicator] of cases) {
      const res = await request(sut.http)
        .post('/api/assessments')
        .set(...bearer(sme.accessToken))
        .send({ answers })
        .expect(400);
      expect(String(res.body.message)).toContain(indicator);
    }
    await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({})
      .expect(400);
  });

  it('scores a submission, keeps history newest first, and shows the change since the previous one', async () => {
    const low = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt(0, 0) })
      .expect(201);
    const first = low.body as AssessmentView;
    expect(first).toMatchObject({ totalScore: 1.5, level: 0, change: null });
    expect(first.dimensions.find((d) => d.code === 'management')).toMatchObject({
      score: 1.5,
      maxScore: 30,
    });
    expect(first.weakScenarios.length).toBeGreaterThan(0);

    const high = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt('max', 4) })
      .expect(201);
    const second = high.body as AssessmentView;
    expect(second).toMatchObject({ totalScore: 100, level: 4, weakScenarios: [] });
    expect(second.change).toMatchObject({ previousId: first.id, totalScore: 98.5, level: 4 });
    expect(second.change?.scenarios).toHaveLength(16);

    const history = await request(sut.http)
      .get('/api/assessments')
      .set(...bearer(sme.accessToken))
      .expect(200);
    expect(history.body).toMatchObject({ total: 2, page: 1 });
    expect((history.body.items as { id: string }[]).map((i) => i.id)).toEqual([
      second.id,
      first.id,
    ]);

    const one = await request(sut.http)
      .get(`/api/assessments/${first.id}`)
      .set(...bearer(sme.accessToken))
      .expect(200);
    expect(one.body).toMatchObject({ id: first.id, totalScore: 1.5 });
  });

  it('caps the band level by the scenario ratings (the platform’s default rule)', async () => {
    const user = await registerUser(sut.http, 'sme');
    const res = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(user.accessToken))
      .send({ answers: answersAt('max', 1) })
      .expect(201);
    expect(res.body).toMatchObject({ totalScore: 100, bandLevel: 4, scenarioLevel: 1, level: 1 });
  });

  it('never lets another SME see or change an assessment, and submitted ones are immutable', async () => {
    const owner = await registerUser(sut.http, 'sme');
    const other = await registerUser(sut.http, 'sme');
    const a = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(owner.accessToken))
      .send({ answers: answersAt(0, 2) })
      .expect(201);
    await request(sut.http)
      .get(`/api/assessments/${a.body.id as string}`)
      .set(...bearer(other.accessToken))
      .expect(404);
    await request(sut.http)
      .get(`/api/assessments/${a.body.id as string}`)
      .expect(401);
    const provider = await registerUser(sut.http, 'provider');
    await request(sut.http)
      .get(`/api/assessments/${a.body.id as string}`)
      .set(...bearer(provider.accessToken))
      .expect(403);
    await request(sut.http)
      .get('/api/assessments/nope')
      .set(...bearer(owner.accessToken))
      .expect(400);
    for (const method of ['put', 'patch', 'delete'] as const) {
      const agent = request(sut.http);
      const res = await agent[method](`/api/assessments/${a.body.id as string}`)
        .set(...bearer(owner.accessToken))
        .send({ answers: answersAt('max', 4) });
      expect(res.status).toBe(404);
    }
    const again = await request(sut.http)
      .get(`/api/assessments/${a.body.id as string}`)
      .set(...bearer(owner.accessToken))
      .expect(200);
    expect(again.body.totalScore).toBe(a.body.totalScore);
  });

  it('saves and resumes a draft, and submitting clears it', async () => {
    const user = await registerUser(sut.http, 'sme');
    const empty = await request(sut.http)
      .get('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .expect(200);
    expect(empty.body).toEqual({ answers: {}, updatedAt: null });
    await request(sut.http)
      .put('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .send({ answers: { f_network: 'bad' } })
      .expect(400);
    await request(sut.http)
      .put('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .send({ answers: { f_network: ['industrial_5g'] } })
      .expect(200);
    await request(sut.http)
      .put('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .send({ answers: { f_network: ['industrial_5g'], r_energy: 'decreased' } })
      .expect(200);
    const resumed = await request(sut.http)
      .get('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .expect(200);
    expect(resumed.body.answers).toEqual({ f_network: ['industrial_5g'], r_energy: 'decreased' });
    await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(user.accessToken))
      .send({ answers: answersAt(0, 1) })
      .expect(201);
    const cleared = await request(sut.http)
      .get('/api/assessments/draft')
      .set(...bearer(user.accessToken))
      .expect(200);
    expect(cleared.body.answers).toEqual({});
  });

  it('makes the newest level and weak scenarios the SME’s stage for matching', async () => {
    await sut.app.get(AuthService).ensureAdmin();
    const admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider = await registerProvider(sut.http, '短板匹配服务商');
    // Nationwide, every industry, no budget set: only the scenarios decide what matches.
    const offering = (title: string, scenario: ScenarioCode, stages: number[]) =>
      publishOffering(sut.http, provider, admin, {
        title,
        scenarios: [scenario],
        industries: [],
        regions: [],
        stages,
      });
    const quality = await offering('质量追溯短板方案', 'quality', [2, 3]);
    const finance = await offering('财务一体化短板方案', 'finance', [1, 2]);
    const qualityBasic = await offering('质量入门短板方案', 'quality', [1, 2]);
    // Consulting is not an assessed scenario: never a weak area.
    const consulting = await offering('转型咨询对照方案', 'consulting', [1, 2, 3]);
    await waitFor(async () => {
      const r = await request(sut.http).get('/api/search/offerings?pageSize=100').expect(200);
      const found = new Set((r.body as SearchResponse).items.map((i) => i.id));
      return [quality, finance, qualityBasic, consulting].every((o) => found.has(o.id))
        ? true
        : undefined;
    }, 'the four offerings indexed');

    const user = await registerUser(sut.http, 'sme');
    const first17 = '91330100MA2XY7RK1';
    await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(user.accessToken))
      .send({
        companyName: '评估测试',
        creditCode: `${first17}${creditCodeCheckChar(first17)}`,
        industry: 'C34',
        region: '330100',
        employees: 80,
      })
      .expect(200);
    /** The SME's matches: offering id → its reasons. */
    const matches = async (): Promise<Map<string, MatchReason[]>> => {
      const res = await request(sut.http)
        .get('/api/matches?limit=50')
        .set(...bearer(user.accessToken))
        .expect(200);
      return new Map((res.body as MatchResponse).items.map((i) => [i.offering.id, i.reasons]));
    };
    const weakArea = (reasons: MatchReason[] | undefined) =>
      reasons?.find((r) => r.code === 'weak_area');

    // Every scenario rated 3 except quality (1) and equipment (2): level 3, quality weakest.
    const high = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(user.accessToken))
      .send({ answers: answersAt('max', 3, { quality: 1, equipment: 2 }) })
      .expect(201);
    expect((high.body as AssessmentView).weakScenarios.slice(0, 2)).toEqual([
      'quality',
      'equipment',
    ]);
    const profile = await request(sut.http)
      .get('/api/smes/me')
      .set(...bearer(user.accessToken))
      .expect(200);
    expect(profile.body.level).toBe(3);
    // Matching looks for the weak scenarios and says so.
    let got = await matches();
    expect(weakArea(got.get(quality.id))).toMatchObject({
      textZh: expect.stringContaining('质量管理'),
      textEn: expect.stringContaining('Quality management'),
    });
    expect(weakArea(got.get(finance.id))).toMatchObject({
      textEn: expect.stringContaining('Financial management'),
    });
    expect(got.has(consulting.id)).toBe(false);
    // The scenario ratings reach the level fit: an offering for levels 1–2 is the next step in
    // quality (rated 1) and says so, but not in finance (rated 3 at level 3).
    const stage = (reasons: MatchReason[] | undefined) => reasons?.find((r) => r.code === 'stage');
    expect(stage(got.get(qualityBasic.id))).toMatchObject({
      textZh: expect.stringContaining('评估 1 级'),
      textEn: expect.stringContaining('Quality management (1 of 4)'),
    });
    expect(stage(got.get(finance.id))).toBeUndefined();

    // The newest assessment wins: least digital everywhere, only finance rated 0.
    const low = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(user.accessToken))
      .send({ answers: answersAt(0, 4, { finance: 0 }) })
      .expect(201);
    expect(low.body as AssessmentView).toMatchObject({ level: 0, weakScenarios: ['finance'] });
    got = await matches();
    expect(weakArea(got.get(finance.id))).toMatchObject({
      textEn: expect.stringContaining('Financial management'),
    });
    expect(got.has(quality.id)).toBe(false);
    expect(got.has(consulting.id)).toBe(false);
  });
});
