import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type {
  AssessmentSummary,
  AssessmentView,
  DashboardOverview,
  InquirySummaryView,
  NeedsView,
  Page,
  ProgrammeView,
  SearchResponse,
  SmeProfileView,
} from '@toolbox/contracts';
import { industryByCode, regionContains, SCENARIO_CODES, SCENARIOS } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/index.js';
import { createTestApp, type TestApp } from './harness.js';
import { answersAt } from './factories/assessments.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createInquiry, moveInquiry, registerSme } from './factories/engagement.js';
import { createGovUser, type TestUser } from './factories/users.js';
import { waitFor } from './wait-for.js';

const ADMIN = { email: 'dashboards-admin@example.com', password: 'admin-password-1' };

/** What the API's own lists say about one SME (profile, newest assessment, needs). */
interface SmeFacts {
  region: string;
  industry: string;
  level: number | null;
  weak: string[];
  needs: string[];
}

describe('regional dashboards (api-v1.md, Public programmes; docs/dashboards.md)', () => {
  let sut: TestApp;
  let adminToken: string;
  let provider: TestProvider;
  let govZj: TestUser;
  let govHz: TestUser;
  const smes: TestUser[] = [];

  const get = async (path: string, token: string, status = 200): Promise<request.Response> =>
    request(sut.http)
      .get(path)
      .set(...bearer(token))
      .expect(status);

  const overview = async (query: string, token = adminToken): Promise<DashboardOverview> =>
    (await get(`/api/dashboards/overview${query}`, token)).body as DashboardOverview;

  /** Every SME's facts, read back through the SME's own endpoints. */
  const smeFacts = async (): Promise<SmeFacts[]> =>
    Promise.all(
      smes.map(async (s): Promise<SmeFacts> => {
        const profile = (await get('/api/smes/me', s.accessToken)).body as SmeProfileView;
        const history = (await get('/api/assessments?pageSize=100', s.accessToken))
          .body as Page<AssessmentSummary>;
        const newest = [...history.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        const weak =
          newest === undefined
            ? []
            : ((await get(`/api/assessments/${newest.id}`, s.accessToken)).body as AssessmentView)
                .weakScenarios;
        const needs = (await get('/api/smes/me/needs', s.accessToken)).body as NeedsView;
        return {
          region: profile.region,
          industry: profile.industry,
          level: newest?.level ?? null,
          weak: [...weak],
          needs: needs.scenarios.map((n) => n.code),
        };
      }),
    );

  /** The dashboard figures as the API's lists imply them (docs/dashboards.md definitions). */
  const expected = async (
    region: string | undefined,
    industry: string | undefined,
  ): Promise<
    Omit<DashboardOverview, 'filter' | 'programmes' | 'scenarios' | 'byIndustry'> & {
      weak: Record<string, number>;
      needing: Record<string, number>;
      byIndustry: Record<string, { smes: number; levels: number[] }>;
    }
  > => {
    const inSlice = (f: { region: string; industry: string }): boolean =>
      (region === undefined || regionContains(region, f.region)) &&
      (industry === undefined || f.industry === industry);
    const facts = (await smeFacts()).filter(inSlice);
    const levels = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 };
    const weak: Record<string, number> = {};
    const needing: Record<string, number> = {};
    const byIndustry: Record<string, { smes: number; levels: number[] }> = {};
    for (const f of facts) {
      const row = (byIndustry[f.industry] ??= { smes: 0, levels: [0, 0, 0, 0, 0] });
      row.smes += 1;
      if (f.level !== null) {
        levels[String(f.level) as keyof typeof levels] += 1;
        row.levels[f.level] = (row.levels[f.level] ?? 0) + 1;
        for (const w of f.weak) weak[w] = (weak[w] ?? 0) + 1;
      }
      for (const n of f.needs) needing[n] = (needing[n] ?? 0) + 1;
    }
    const inquiries = (await get('/api/inquiries?pageSize=100', adminToken))
      .body as Page<InquirySummaryView>;
    const mine = inquiries.items.filter((i) => inSlice(i.sme));
    return {
      smes: facts.length,
      assessed: facts.filter((f) => f.level !== null).length,
      levels,
      weak,
      needing,
      byIndustry,
      funnel: {
        inquiries: mine.length,
        // Every inquiry here reached won only through trialing.
        trials: mine.filter((i) => i.status === 'trialing' || i.status === 'won').length,
        won: mine.filter((i) => i.status === 'won').length,
      },
    };
  };

  /** The dashboard agrees with the lists, and search's facets give the same serving counts. */
  const expectMatchesLists = async (
    view: DashboardOverview,
    region: string | undefined,
    industry: string | undefined,
  ): Promise<void> => {
    const want = await expected(region, industry);
    expect(view.smes).toBe(want.smes);
    expect(view.assessed).toBe(want.assessed);
    expect(view.levels).toEqual(want.levels);
    expect(Object.values(view.levels).reduce((a, b) => a + b, 0)).toBe(view.assessed);
    expect(
      Object.fromEntries(
        view.byIndustry.map((r) => [
          r.industry,
          { smes: r.smes, levels: ['0', '1', '2', '3', '4'].map((k) => r.levels[k as '0']) },
        ]),
      ),
    ).toEqual(want.byIndustry);
    expect(view.funnel).toEqual(want.funnel);
    const params = new URLSearchParams({ pageSize: '1' });
    if (region !== undefined) params.set('region', region);
    if (industry !== undefined) params.set('industry', industry);
    const search = (
      await request(sut.http).get(`/api/search/offerings?${params.toString()}`).expect(200)
    ).body as SearchResponse;
    expect(view.scenarios.map((s) => s.scenario)).toEqual([...SCENARIO_CODES]);
    for (const s of view.scenarios) {
      expect({ scenario: s.scenario, weak: s.smesWeak, needing: s.smesNeeding }).toEqual({
        scenario: s.scenario,
        weak: want.weak[s.scenario] ?? 0,
        needing: want.needing[s.scenario] ?? 0,
      });
      expect({ scenario: s.scenario, serving: s.offeringsServing }).toEqual({
        scenario: s.scenario,
        serving: search.facets.scenarios[s.scenario] ?? 0,
      });
    }
  };

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    provider = await registerProvider(sut.http, '看板测试服务商');
    govZj = await createGovUser(sut.http, adminToken, '330000');
    govHz = await createGovUser(sut.http, adminToken, '330100');

    // Supply: nationwide (C34/C35), Zhejiang-wide (every industry), Hangzhou only, Guangdong
    // only, and a draft that never counts.
    const nationwide = await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality', 'production_control'],
    });
    const zhejiang = await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['energy'],
      industries: [],
      regions: ['330000'],
    });
    const hangzhou = await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality'],
      regions: ['330100'],
    });
    const guangdong = await publishOffering(sut.http, provider, adminToken, {
      scenarios: ['quality', 'energy'],
      regions: ['440000'],
    });
    await createOffering(sut.http, provider, { scenarios: ['quality'] });

    const sme = async (
      name: string,
      fields: { industry: string; region: string },
      needs: string[],
      assessments: Record<string, string | string[]>[],
    ): Promise<TestUser> => {
      const user = await registerSme(sut.http, name, fields);
      await request(sut.http)
        .put('/api/smes/me/needs')
        .set(...bearer(user.accessToken))
        .send({ scenarios: needs.map((code) => ({ code, priority: 4 })) })
        .expect(200);
      for (const answers of assessments) {
        await request(sut.http)
          .post('/api/assessments')
          .set(...bearer(user.accessToken))
          .send({ answers })
          .expect(201);
      }
      smes.push(user);
      return user;
    };
    const z1 = await sme(
      '浙江省看板企业一有限公司',
      { industry: 'C34', region: '330000' },
      ['quality', 'energy'],
      [answersAt(0, 2, { quality: 0, energy: 0 })],
    );
    // Assessed twice: only the newest assessment's level and weak scenarios count.
    const z2 = await sme(
      '杭州看板企业二有限公司',
      { industry: 'C34', region: '330100' },
      ['quality'],
      [answersAt(0, 0), answersAt('max', 4)],
    );
    await sme('杭州看板纺织企业有限公司', { industry: 'C17', region: '330100' }, ['energy'], []);
    const g1 = await sme(
      '广州看板企业有限公司',
      { industry: 'C34', region: '440100' },
      ['quality'],
      [answersAt(0, 1, { quality: 0 })],
    );
    await sme('广东看板纺织企业有限公司', { industry: 'C17', region: '440000' }, [], []);

    // Leads: Zhejiang has one won, one trialing, one open; Guangdong one won.
    const won = await createInquiry(sut.http, z1, nationwide.id);
    await moveInquiry(sut.http, provider, won.id, 'trialing');
    await moveInquiry(sut.http, provider, won.id, 'won', 200, '签约一年');
    const trial = await createInquiry(sut.http, z1, zhejiang.id);
    await moveInquiry(sut.http, provider, trial.id, 'trialing');
    await createInquiry(sut.http, z2, hangzhou.id, { kind: 'question' });
    const gWon = await createInquiry(sut.http, g1, guangdong.id);
    await moveInquiry(sut.http, provider, gWon.id, 'trialing');
    await moveInquiry(sut.http, provider, gWon.id, 'won', 200, '签约');

    // Programmes: Zhejiang-wide and Hangzhou (C34 only) published, a Hangzhou one closed, a
    // Zhejiang draft (never counted), one in Guangdong; grants approved on two of them.
    const programme = async (
      token: string,
      body: Record<string, unknown>,
      moves: ('publish' | 'close')[],
    ): Promise<ProgrammeView> => {
      const res = await request(sut.http)
        .post('/api/programmes')
        .set(...bearer(token))
        .send({
          description: '支持中小企业数字化改造',
          industries: [],
          scenarios: [],
          levels: [],
          subsidyPercent: 30,
          capCents: 10_000,
          opensAt: new Date(Date.now() - 86_400_000).toISOString(),
          closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          ...body,
        })
        .expect(201);
      const id = (res.body as ProgrammeView).id;
      for (const move of moves) {
        await request(sut.http)
          .post(`/api/programmes/${id}/${move}`)
          .set(...bearer(token))
          .expect(200);
      }
      return res.body as ProgrammeView;
    };
    const zjProgramme = await programme(
      govZj.accessToken,
      { name: '浙江上云券', region: '330000', budgetCents: 1_000_000 },
      ['publish'],
    );
    const hzProgramme = await programme(
      govHz.accessToken,
      { name: '杭州智能制造补贴', region: '330100', industries: ['C34'], budgetCents: 500_000 },
      ['publish'],
    );
    await programme(
      govHz.accessToken,
      { name: '杭州往期补贴', region: '330100', budgetCents: 200_000 },
      ['publish', 'close'],
    );
    await programme(
      govZj.accessToken,
      { name: '浙江草稿项目', region: '330000', budgetCents: 9_000_000 },
      [],
    );
    await programme(adminToken, { name: '广东上云券', region: '440000', budgetCents: 800_000 }, [
      'publish',
    ]);
    for (const [sme, p, gov] of [
      [z1, zjProgramme, govZj],
      [z2, hzProgramme, govHz],
    ] as const) {
      const application = await request(sut.http)
        .post(`/api/programmes/${p.id}/applications`)
        .set(...bearer(sme.accessToken))
        .send({ offeringId: nationwide.id, planName: '基础版' })
        .expect(201);
      await request(sut.http)
        .post(`/api/applications/${(application.body as { id: string }).id}/approve`)
        .set(...bearer(gov.accessToken))
        .expect(200);
    }

    // Search (the serving cross-check) follows the outbox: wait until all four are findable.
    await waitFor(async () => {
      const res = await request(sut.http).get('/api/search/offerings?pageSize=100').expect(200);
      return (res.body as SearchResponse).total === 4 ? true : undefined;
    }, 'the four published offerings findable');
  });
  afterAll(async () => {
    await sut?.close();
  });

  it('gives the figures the lists give, for a province (with its cities), a city and the country', async () => {
    const zj = await overview('?region=330000');
    expect(zj.filter).toEqual({ region: '330000', industry: null });
    expect(zj).toMatchObject({ smes: 3, assessed: 2, funnel: { inquiries: 3, trials: 2, won: 1 } });
    await expectMatchesLists(zj, '330000', undefined);
    // A city-only offering does not serve a firm known only by its province.
    expect(zj.scenarios.find((s) => s.scenario === 'quality')?.offeringsServing).toBe(1);

    const hz = await overview('?region=330100');
    expect(hz).toMatchObject({ smes: 2, assessed: 1, levels: { '4': 1 } });
    expect(hz.scenarios.find((s) => s.scenario === 'quality')?.offeringsServing).toBe(2);
    await expectMatchesLists(hz, '330100', undefined);

    const country = await overview('');
    expect(country.filter).toEqual({ region: null, industry: null });
    expect(country).toMatchObject({ smes: 5, assessed: 3, funnel: { inquiries: 4, won: 2 } });
    await expectMatchesLists(country, undefined, undefined);
  });

  it('filters by industry: SMEs, levels, demand and the funnel of that industry only', async () => {
    const zjC34 = await overview('?region=330000&industry=C34');
    expect(zjC34.filter).toEqual({ region: '330000', industry: 'C34' });
    expect(zjC34.byIndustry.map((r) => r.industry)).toEqual(['C34']);
    await expectMatchesLists(zjC34, '330000', 'C34');
    const c17 = await overview('?industry=C17');
    expect(c17).toMatchObject({ smes: 2, assessed: 0, funnel: { inquiries: 0 } });
    await expectMatchesLists(c17, undefined, 'C17');
  });

  it('lists the published and closed programmes inside the region, as the programme list gives them', async () => {
    const fromList = async (region: string | undefined, industry?: string) => {
      const res = await get(
        `/api/programmes?pageSize=100${region === undefined ? '' : `&region=${region}`}`,
        adminToken,
      );
      return (res.body as Page<ProgrammeView>).items
        .filter((p) => p.status !== 'draft')
        .filter((p) => region === undefined || regionContains(region, p.region))
        .filter(
          (p) =>
            industry === undefined || p.industries.length === 0 || p.industries.includes(industry),
        )
        .sort((a, b) => b.budgetCents - a.budgetCents || a.name.localeCompare(b.name))
        .map((p) => ({
          id: p.id,
          name: p.name,
          budgetCents: p.budgetCents,
          committedCents: p.committedCents,
        }));
    };
    const zj = await overview('?region=330000');
    expect(zj.programmes.map((p) => p.name)).toEqual([
      '浙江上云券',
      '杭州智能制造补贴',
      '杭州往期补贴',
    ]);
    expect(zj.programmes.map((p) => p.committedCents)).toEqual([10_000, 10_000, 0]);
    expect(zj.programmes).toEqual(await fromList('330000'));
    // A city's dashboard has the city's programmes, not the province's around it.
    const hz = await overview('?region=330100');
    expect(hz.programmes.map((p) => p.name)).toEqual(['杭州智能制造补贴', '杭州往期补贴']);
    expect(hz.programmes).toEqual(await fromList('330100'));
    expect((await overview('')).programmes).toEqual(await fromList(undefined));
    // An industry filter keeps the programmes open to it.
    const c17 = await overview('?region=330000&industry=C17');
    expect(c17.programmes.map((p) => p.name)).toEqual(['浙江上云券', '杭州往期补贴']);
    expect(c17.programmes).toEqual(await fromList('330000', 'C17'));
  });

  it('scopes a gov account to its region: its own by default, cities inside a province, else 404', async () => {
    const own = await overview('', govZj.accessToken);
    expect(own).toEqual(await overview('?region=330000'));
    expect(await overview('?region=330100', govZj.accessToken)).toEqual(
      await overview('?region=330100'),
    );
    expect(await overview('?industry=C34', govHz.accessToken)).toEqual(
      await overview('?region=330100&industry=C34'),
    );
    // Outside: another province, or the province around a city account.
    for (const [token, region] of [
      [govZj.accessToken, '440000'],
      [govZj.accessToken, '440100'],
      [govHz.accessToken, '330000'],
      [govHz.accessToken, '110100'],
    ] as const) {
      await get(`/api/dashboards/overview?region=${region}`, token, 404);
      await get(`/api/dashboards/overview.csv?region=${region}`, token, 404);
    }
  });

  it('answers the same figures as CSV: BOM, one titled table per section, zh-CN or en', async () => {
    const view = await overview('?region=330000&industry=C34');
    const res = await get('/api/dashboards/overview.csv?region=330000&industry=C34', adminToken);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="dashboard-330000-C34-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = res.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = [
      '总览',
      '地区代码,地区,行业代码,行业,企业数,已评估企业数',
      `330000,浙江省,C34,${industryByCode('C34')?.nameZh ?? ''},${view.smes},${view.assessed}`,
      '',
      '数字化水平分布（已评估企业）',
      '等级,企业数',
      ...(['0', '1', '2', '3', '4'] as const).map((k) => `L${k},${view.levels[k]}`),
      '',
      '分行业数字化水平（已评估企业）',
      '行业代码,行业,企业数,L0,L1,L2,L3,L4',
      ...view.byIndustry.map(
        (r) =>
          `${r.industry},${industryByCode(r.industry)?.nameZh ?? ''},${r.smes},${(['0', '1', '2', '3', '4'] as const).map((k) => r.levels[k]).join(',')}`,
      ),
      '',
      '场景供需',
      '场景代码,场景,薄弱企业数,有需求企业数,可服务产品数',
      ...view.scenarios.map(
        (s) =>
          `${s.scenario},${SCENARIOS.find((x) => x.code === s.scenario)?.nameZh ?? ''},${s.smesWeak},${s.smesNeeding},${s.offeringsServing}`,
      ),
      '',
      '线索漏斗',
      '咨询,试用,成交',
      `${view.funnel.inquiries},${view.funnel.trials},${view.funnel.won}`,
      '',
      '扶持项目预算',
      '项目ID,项目名称,预算（元）,已承诺（元）',
      ...view.programmes.map(
        (p) =>
          `${p.id},${p.name},${(p.budgetCents / 100).toFixed(2)},${(p.committedCents / 100).toFixed(2)}`,
      ),
    ];
    expect(text).toBe(`\uFEFF${lines.join('\r\n')}\r\n`);

    const en = (await get('/api/dashboards/overview.csv?lang=en', adminToken)).text;
    expect(en.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFOverview',
      'Region code,Region,Industry code,Industry,SMEs,Assessed SMEs',
      ',Whole country,,All industries,5,3',
    ]);
    expect(en).toContain('\r\nLead funnel\r\nInquiries,Trials,Won\r\n4,3,2\r\n');
  });

  it('rejects bad filters naming the field (400), other roles (403) and no token (401)', async () => {
    for (const [query, field] of [
      ['region=999999', 'region'],
      ['industry=Z99', 'industry'],
      ['region=33', 'region'],
      ['foo=1', 'foo'],
    ] as const) {
      const res = await get(`/api/dashboards/overview?${query}`, adminToken, 400);
      expect((res.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
        field,
      );
      await get(`/api/dashboards/overview.csv?${query}`, adminToken, 400);
    }
    const lang = await get('/api/dashboards/overview.csv?lang=fr', adminToken, 400);
    expect((lang.body as { errors: { field: string }[] }).errors[0]?.field).toBe('lang');
    // `lang` belongs to the CSV only.
    await get('/api/dashboards/overview?lang=en', adminToken, 400);
    for (const token of [provider.accessToken, smes[0]?.accessToken ?? '']) {
      await get('/api/dashboards/overview', token, 403);
      await get('/api/dashboards/overview.csv', token, 403);
    }
    await request(sut.http).get('/api/dashboards/overview').expect(401);
    await request(sut.http).get('/api/dashboards/overview.csv').expect(401);
  });
});
