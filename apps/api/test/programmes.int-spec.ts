import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type {
  ApplicationView,
  AuditEntryView,
  LedgerEntryView,
  NetPriceView,
  NotificationView,
  Page,
  ProgrammeView,
} from '@toolbox/contracts';
import { creditCodeCheckChar } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { createGovUser, registerUser, type TestUser } from './factories/users.js';
import {
  as,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { answersAt } from './factories/assessments.js';

const ADMIN = { email: 'programmes-admin@example.com', password: 'admin-password-1' };
const DAY = 24 * 3600 * 1000;

function creditCode(seed: number): string {
  const first17 = `91330100MA${String(seed).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

function programmeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '上云券',
    description: '支持中小企业上云用云',
    region: '330000',
    industries: [],
    scenarios: [],
    levels: [],
    subsidyPercent: 30,
    capCents: 10000,
    budgetCents: 1_000_000,
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    ...overrides,
  };
}

describe('public programmes (api-v1 Public programmes)', () => {
  let sut: TestApp;
  let admin: string;
  let govZj: TestUser; // 330000 Zhejiang (province)
  let govHz: TestUser; // 330100 Hangzhou (city)
  let govJs: TestUser; // 320000 Jiangsu
  let provider: TestProvider;
  let smeHz: TestUser; // Hangzhou, C34, assessed
  let smeJs: TestUser; // Nanjing, C34
  let smeBare: TestUser; // no company profile
  let levelHz: number;
  let offA: string; // production_control + quality, nationwide, 3 plans
  let offJsOnly: string; // serves Jiangsu only
  let offCloud: string; // cloud_it
  let offDraft: string;
  let seq = 0;

  const api = (token: string) => as(sut.http, token);

  async function smeWithProfile(region: string, industry = 'C34'): Promise<TestUser> {
    const sme = await registerUser(sut.http, 'sme');
    seq += 1;
    await api(sme.accessToken)
      .put('/api/smes/me', {
        companyName: `测试制造${seq}有限公司`,
        creditCode: creditCode(seq),
        industry,
        region,
        employees: 50,
      })
      .expect(200);
    return sme;
  }

  async function publishedProgramme(
    token: string,
    overrides: Record<string, unknown> = {},
  ): Promise<ProgrammeView> {
    const created = await api(token).post('/api/programmes', programmeBody(overrides)).expect(201);
    const id = (created.body as ProgrammeView).id;
    const res = await api(token).post(`/api/programmes/${id}/publish`).expect(200);
    return res.body as ProgrammeView;
  }

  async function applyFor(
    sme: TestUser,
    programmeId: string,
    offeringId: string,
    planName = '基础版',
  ): Promise<ApplicationView> {
    const res = await api(sme.accessToken)
      .post(`/api/programmes/${programmeId}/applications`, { offeringId, planName })
      .expect(201);
    return res.body as ApplicationView;
  }

  async function ledgerOf(token: string, programmeId: string): Promise<LedgerEntryView[]> {
    const res = await api(token)
      .get(`/api/programmes/${programmeId}/ledger?pageSize=100`)
      .expect(200);
    return (res.body as Page<LedgerEntryView>).items;
  }

  async function programme(token: string, id: string): Promise<ProgrammeView> {
    return (await api(token).get(`/api/programmes/${id}`).expect(200)).body as ProgrammeView;
  }

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_STORE: 'memory',
    });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    [govZj, govHz, govJs] = await Promise.all([
      createGovUser(sut.http, admin, '330000'),
      createGovUser(sut.http, admin, '330100'),
      createGovUser(sut.http, admin, '320000'),
    ]);
    provider = await registerProvider(sut.http, '普惠云服务商');
    offA = (
      await publishOffering(sut.http, provider, admin, {
        scenarios: ['production_control', 'quality'],
        industries: [],
        regions: [],
        plans: [
          { name: '基础版', billingPeriod: 'month', priceCents: 49900, trialDays: 14 },
          { name: '标准版', billingPeriod: 'year', priceCents: 499900, trialDays: 14 },
          { name: '免费版', billingPeriod: 'month', priceCents: 0, trialDays: 0 },
        ],
      })
    ).id;
    offJsOnly = (
      await publishOffering(sut.http, provider, admin, {
        title: '江苏本地质量服务',
        scenarios: ['quality'],
        regions: ['320000'],
      })
    ).id;
    offCloud = (
      await publishOffering(sut.http, provider, admin, {
        title: '企业上云套餐',
        scenarios: ['cloud_it'],
        plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 10000, trialDays: 0 }],
      })
    ).id;
    offDraft = (
      await api(provider.accessToken)
        .post('/api/offerings', {
          title: '草稿方案',
          summary: '一句话',
          description: '长文本',
          kind: 'saas',
          scenarios: ['quality'],
          industries: [],
          stages: [1],
          regions: [],
          deployment: 'public_cloud',
          deliveryDays: 7,
          plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 9900, trialDays: 0 }],
        })
        .expect(201)
    ).body.id as string;
    smeHz = await smeWithProfile('330100');
    const assessed = await api(smeHz.accessToken)
      .post('/api/assessments', { answers: answersAt(0, 1) })
      .expect(201);
    levelHz = (assessed.body as { level: number }).level;
    smeJs = await smeWithProfile('320100');
    smeBare = await registerUser(sut.http, 'sme');
  });
  afterAll(async () => {
    await sut.close();
  });

  describe('programmes: create, edit, publish, close', () => {
    it('a gov account creates a draft inside its region with budget figures', async () => {
      const res = await api(govZj.accessToken).post('/api/programmes', programmeBody()).expect(201);
      expect(res.body).toMatchObject({
        id: expect.any(String),
        name: '上云券',
        region: '330000',
        industries: [],
        scenarios: [],
        levels: [],
        subsidyPercent: 30,
        capCents: 10000,
        budgetCents: 1_000_000,
        committedCents: 0,
        remainingCents: 1_000_000,
        status: 'draft',
        publishedAt: null,
        closedAt: null,
      });
      const audit = await api(admin)
        .get(`/api/admin/audit?entityType=programme&entityId=${res.body.id as string}`)
        .expect(200);
      expect((audit.body as Page<AuditEntryView>).items.map((a) => a.action)).toEqual(['create']);
    });

    it('a province gov may use its cities; a city gov not its province; nobody another province (400 region)', async () => {
      await api(govZj.accessToken)
        .post('/api/programmes', programmeBody({ region: '330100' }))
        .expect(201);
      for (const [token, region] of [
        [govHz.accessToken, '330000'],
        [govZj.accessToken, '320000'],
        [govJs.accessToken, '330100'],
      ] as const) {
        const res = await api(token).post('/api/programmes', programmeBody({ region })).expect(400);
        expect(res.body.errors).toEqual([
          { field: 'region', code: 'regionOutsideOwn', message: expect.any(String) },
        ]);
      }
      // An admin may use any region.
      await api(admin)
        .post('/api/programmes', programmeBody({ region: '320000' }))
        .expect(201);
    });

    it.each([
      [{ subsidyPercent: 0 }, 'subsidyPercent'],
      [{ subsidyPercent: 101 }, 'subsidyPercent'],
      [{ subsidyPercent: 12.5 }, 'subsidyPercent'],
      [{ capCents: 0 }, 'capCents'],
      [{ budgetCents: -1 }, 'budgetCents'],
      [{ budgetCents: 1.5 }, 'budgetCents'],
      [{ region: '999999' }, 'region'],
      [{ industries: ['X99'] }, 'industries'],
      [{ scenarios: ['teleportation'] }, 'scenarios'],
      [{ levels: [5] }, 'levels'],
      [{ levels: 'all' }, 'levels'],
      [{ opensAt: 'yesterday' }, 'opensAt'],
      [{ name: '' }, 'name'],
      [{ name: undefined }, 'name'],
      [{ surprise: true }, 'surprise'],
    ])('400 naming the field for %j', async (overrides, field) => {
      const res = await api(govZj.accessToken)
        .post('/api/programmes', programmeBody(overrides))
        .expect(400);
      expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
    });

    it('closesAt must be after opensAt (400 closesAt)', async () => {
      const at = new Date(Date.now() + DAY).toISOString();
      const res = await api(govZj.accessToken)
        .post('/api/programmes', programmeBody({ opensAt: at, closesAt: at }))
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'closesAt', code: 'afterOpensAt', message: expect.any(String) },
      ]);
    });

    it('only gov and admin create programmes (403 sme/provider, 401 anonymous)', async () => {
      await api(smeHz.accessToken).post('/api/programmes', programmeBody()).expect(403);
      await api(provider.accessToken).post('/api/programmes', programmeBody()).expect(403);
      await request(sut.http).post('/api/programmes').send(programmeBody()).expect(401);
    });

    it('edits a draft, publishes, refuses edits and illegal moves (409), closes', async () => {
      const draft = (
        await api(govZj.accessToken).post('/api/programmes', programmeBody()).expect(201)
      ).body as ProgrammeView;
      const edited = await api(govZj.accessToken)
        .patch(`/api/programmes/${draft.id}`, { name: '2026 上云券', levels: [3, 1] })
        .expect(200);
      expect(edited.body).toMatchObject({ name: '2026 上云券', levels: [1, 3], status: 'draft' });
      await api(govZj.accessToken).patch(`/api/programmes/${draft.id}`, { name: null }).expect(400);
      const bad = await api(govZj.accessToken)
        .patch(`/api/programmes/${draft.id}`, { region: '320000' })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('region');
      await api(govZj.accessToken).post(`/api/programmes/${draft.id}/close`).expect(409);
      const published = await api(govZj.accessToken)
        .post(`/api/programmes/${draft.id}/publish`)
        .expect(200);
      expect(published.body).toMatchObject({
        status: 'published',
        publishedAt: expect.any(String),
      });
      await api(govZj.accessToken)
        .patch(`/api/programmes/${draft.id}`, { name: '改名' })
        .expect(409);
      await api(govZj.accessToken).post(`/api/programmes/${draft.id}/publish`).expect(409);
      const closed = await api(govZj.accessToken)
        .post(`/api/programmes/${draft.id}/close`)
        .expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
      await api(govZj.accessToken).post(`/api/programmes/${draft.id}/publish`).expect(409);
      await api(govZj.accessToken).post(`/api/programmes/${draft.id}/close`).expect(409);
      const audit = await api(admin)
        .get(`/api/admin/audit?entityType=programme&entityId=${draft.id}`)
        .expect(200);
      expect((audit.body as Page<AuditEntryView>).items.map((a) => a.action)).toEqual([
        'close',
        'publish',
        'update',
        'create',
      ]);
    });

    it('gov scope: another region’s programme is 404 to see, edit, publish or close; a province gov manages its cities’', async () => {
      const zjDraft = (
        await api(govZj.accessToken).post('/api/programmes', programmeBody()).expect(201)
      ).body as ProgrammeView;
      const hzDraft = (
        await api(govHz.accessToken)
          .post('/api/programmes', programmeBody({ region: '330100' }))
          .expect(201)
      ).body as ProgrammeView;
      const jsDraft = (
        await api(govJs.accessToken)
          .post('/api/programmes', programmeBody({ region: '320000' }))
          .expect(201)
      ).body as ProgrammeView;
      // Zhejiang cannot touch Jiangsu's programme at all.
      await api(govZj.accessToken).get(`/api/programmes/${jsDraft.id}`).expect(404);
      await api(govZj.accessToken)
        .patch(`/api/programmes/${jsDraft.id}`, { name: 'x' })
        .expect(404);
      await api(govZj.accessToken).post(`/api/programmes/${jsDraft.id}/publish`).expect(404);
      await api(govJs.accessToken).get(`/api/programmes/${zjDraft.id}`).expect(404);
      // Hangzhou does not manage the province's programme.
      await api(govHz.accessToken).get(`/api/programmes/${zjDraft.id}`).expect(404);
      await api(govHz.accessToken).post(`/api/programmes/${zjDraft.id}/publish`).expect(404);
      // The province sees and manages its city's.
      expect((await programme(govZj.accessToken, hzDraft.id)).status).toBe('draft');
      await api(govZj.accessToken)
        .patch(`/api/programmes/${hzDraft.id}`, { subsidyPercent: 40 })
        .expect(200);
      await api(govZj.accessToken).post(`/api/programmes/${hzDraft.id}/publish`).expect(200);
      // Others see drafts as nothing; once published, everyone sees it.
      await api(smeHz.accessToken).get(`/api/programmes/${jsDraft.id}`).expect(404);
      await request(sut.http).get(`/api/programmes/${zjDraft.id}`).expect(404);
      await request(sut.http).get(`/api/programmes/${hzDraft.id}`).expect(200);
      await api(govJs.accessToken).get(`/api/programmes/${hzDraft.id}`).expect(200);
      // …but another region's gov still cannot close it.
      await api(govJs.accessToken).post(`/api/programmes/${hzDraft.id}/close`).expect(404);
      await api(admin).get(`/api/programmes/${jsDraft.id}`).expect(200);
      await request(sut.http).get('/api/programmes/not-a-uuid').expect(400);
    });

    it('lists published programmes for everyone, drafts and closed only for their gov and admin', async () => {
      const pub = await publishedProgramme(govZj.accessToken, { name: '列表-已发布' });
      const draft = (
        await api(govZj.accessToken)
          .post('/api/programmes', programmeBody({ name: '列表-草稿' }))
          .expect(201)
      ).body as ProgrammeView;
      const js = await publishedProgramme(govJs.accessToken, {
        name: '列表-江苏',
        region: '320000',
      });
      const ids = async (token: string | null, query = ''): Promise<string[]> => {
        const r = request(sut.http).get(`/api/programmes?pageSize=100${query}`);
        const res = await (token === null ? r : r.set('Authorization', `Bearer ${token}`)).expect(
          200,
        );
        const page = res.body as Page<ProgrammeView>;
        expect(page.items.every((p) => p.remainingCents === p.budgetCents - p.committedCents)).toBe(
          true,
        );
        return page.items.map((p) => p.id);
      };
      const anon = await ids(null);
      expect(anon).toEqual(expect.arrayContaining([pub.id, js.id]));
      expect(anon).not.toContain(draft.id);
      expect(await ids(smeHz.accessToken)).not.toContain(draft.id);
      expect(await ids(govZj.accessToken)).toEqual(
        expect.arrayContaining([pub.id, draft.id, js.id]),
      );
      expect(await ids(govJs.accessToken)).not.toContain(draft.id);
      expect(await ids(admin)).toEqual(expect.arrayContaining([pub.id, draft.id, js.id]));
      // region=: programmes inside it or containing it; status=.
      const zj = await ids(null, '&region=330100');
      expect(zj).toContain(pub.id);
      expect(zj).not.toContain(js.id);
      expect(await ids(govZj.accessToken, '&status=draft')).toContain(draft.id);
      expect(await ids(null, '&status=draft')).toEqual([]);
      await request(sut.http).get('/api/programmes?status=open').expect(400);
      await request(sut.http).get('/api/programmes?region=12').expect(400);
      await request(sut.http).get('/api/programmes?pageSize=101').expect(400);
    });
  });

  describe('eligibility and net prices', () => {
    it('eligible: the published, open programmes the SME qualifies for (for an offering when given)', async () => {
      const province = await publishedProgramme(govZj.accessToken, { name: '资格-全省' });
      const quality = await publishedProgramme(govZj.accessToken, {
        name: '资格-质量',
        scenarios: ['quality'],
      });
      const cloud = await publishedProgramme(govZj.accessToken, {
        name: '资格-上云',
        scenarios: ['cloud_it'],
      });
      const otherIndustry = await publishedProgramme(govZj.accessToken, {
        name: '资格-纺织',
        industries: ['C17'],
      });
      const future = await publishedProgramme(govZj.accessToken, {
        name: '资格-未开始',
        opensAt: new Date(Date.now() + 5 * DAY).toISOString(),
      });
      const js = await publishedProgramme(govJs.accessToken, { region: '320000' });
      const draft = (
        await api(govZj.accessToken).post('/api/programmes', programmeBody()).expect(201)
      ).body as ProgrammeView;
      const eligible = async (query = ''): Promise<string[]> =>
        (
          (
            await api(smeHz.accessToken)
              .get(`/api/programmes/eligible?pageSize=100${query}`)
              .expect(200)
          ).body as Page<ProgrammeView>
        ).items.map((p) => p.id);
      const all = await eligible();
      expect(all).toEqual(expect.arrayContaining([province.id, quality.id, cloud.id]));
      for (const id of [otherIndustry.id, future.id, js.id, draft.id])
        expect(all).not.toContain(id);
      const forA = await eligible(`&offeringId=${offA}`);
      expect(forA).toEqual(expect.arrayContaining([province.id, quality.id]));
      expect(forA).not.toContain(cloud.id);
      const forCloud = await eligible(`&offeringId=${offCloud}`);
      expect(forCloud).toContain(cloud.id);
      expect(forCloud).not.toContain(quality.id);
      // An offering that does not serve the SME's region qualifies for nothing.
      expect(await eligible(`&offeringId=${offJsOnly}`)).toEqual([]);
      await api(smeHz.accessToken)
        .get(`/api/programmes/eligible?offeringId=${offDraft}`)
        .expect(404);
      await api(smeHz.accessToken).get('/api/programmes/eligible?offeringId=nope').expect(400);
      await api(smeBare.accessToken).get('/api/programmes/eligible').expect(409);
      await api(govZj.accessToken).get('/api/programmes/eligible').expect(403);
      await request(sut.http).get('/api/programmes/eligible').expect(401);
    });

    it('net price: the best eligible programme per plan, exact fen', async () => {
      // A fresh region (Jiangsu) so earlier programmes do not compete.
      const capped = await publishedProgramme(govJs.accessToken, {
        name: '净价-30%封顶100元',
        region: '320000',
        subsidyPercent: 30,
        capCents: 10000,
      });
      const half = await publishedProgramme(govJs.accessToken, {
        name: '净价-50%封顶200元',
        region: '320000',
        subsidyPercent: 50,
        capCents: 20000,
      });
      const tenth = await publishedProgramme(govJs.accessToken, {
        name: '净价-10%封顶1000元',
        region: '320100',
        subsidyPercent: 10,
        capCents: 100000,
      });
      expect(capped.id).toBeDefined();
      const res = await api(smeJs.accessToken).get(`/api/offerings/${offA}/net-price`).expect(200);
      expect(res.body as NetPriceView).toEqual({
        plans: [
          // 49900: 30% → 14970 capped 10000; 50% → 24950 capped 20000; 10% → 4990 → best 20000.
          {
            name: '基础版',
            billingPeriod: 'month',
            priceCents: 49900,
            subsidyCents: 20000,
            netPriceCents: 29900,
            programmeId: half.id,
          },
          // 499900: 10% → 49990 (cap 100000) beats 20000 and 10000.
          {
            name: '标准版',
            billingPeriod: 'year',
            priceCents: 499900,
            subsidyCents: 49990,
            netPriceCents: 449910,
            programmeId: tenth.id,
          },
          {
            name: '免费版',
            billingPeriod: 'month',
            priceCents: 0,
            subsidyCents: 0,
            netPriceCents: 0,
            programmeId: null,
          },
        ],
      });
      // Halves round up: 10% of 10005 is 1000.5 → 1001 (offering prices are whole here: 10000).
      const cloud = await api(smeJs.accessToken)
        .get(`/api/offerings/${offCloud}/net-price`)
        .expect(200);
      expect((cloud.body as NetPriceView).plans[0]).toMatchObject({
        priceCents: 10000,
        subsidyCents: 5000,
        netPriceCents: 5000,
        programmeId: half.id,
      });
      // An SME elsewhere gets no Jiangsu subsidy; without a profile, no subsidy either.
      const bare = await api(smeBare.accessToken)
        .get(`/api/offerings/${offA}/net-price`)
        .expect(200);
      expect((bare.body as NetPriceView).plans.every((p) => p.subsidyCents === 0)).toBe(true);
      await api(smeJs.accessToken).get(`/api/offerings/${offDraft}/net-price`).expect(404);
      await api(provider.accessToken).get(`/api/offerings/${offA}/net-price`).expect(403);
      await request(sut.http).get(`/api/offerings/${offA}/net-price`).expect(401);
    });

    it.each([
      ['industry_not_listed', { industries: ['C17'] }, 'offA'],
      ['level_not_listed', 'otherLevel', 'offA'],
      ['scenario_not_listed', { scenarios: ['cloud_it'] }, 'offA'],
      ['offering_region_not_served', {}, 'offJsOnly'],
      ['not_yet_open', { opensAt: new Date(Date.now() + 5 * DAY).toISOString() }, 'offA'],
      [
        'closed',
        {
          opensAt: new Date(Date.now() - 10 * DAY).toISOString(),
          closesAt: new Date(Date.now() - DAY).toISOString(),
        },
        'offA',
      ],
    ] as const)('applying when %s is a 409 saying why', async (reason, overrides, offering) => {
      const body =
        overrides === 'otherLevel' ? { levels: [levelHz === 4 ? 3 : levelHz + 1] } : overrides;
      const p = await publishedProgramme(govZj.accessToken, body);
      const offeringId = offering === 'offA' ? offA : offJsOnly;
      const res = await api(smeHz.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId, planName: '基础版' })
        .expect(409);
      expect(res.body.code).toBe('NOT_ELIGIBLE');
      expect(res.body.message).toContain(reason);
    });

    it('applying to another region’s programme is region_outside; to a closed one closed; to a draft 404', async () => {
      const js = await publishedProgramme(govJs.accessToken, { region: '320000' });
      const res = await api(smeHz.accessToken)
        .post(`/api/programmes/${js.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(409);
      expect(res.body.message).toContain('region_outside');
      const closed = await publishedProgramme(govZj.accessToken);
      await api(govZj.accessToken).post(`/api/programmes/${closed.id}/close`).expect(200);
      const c = await api(smeHz.accessToken)
        .post(`/api/programmes/${closed.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(404);
      expect(c.body.code).toBe('PROGRAMME_NOT_FOUND');
      const draft = (
        await api(govZj.accessToken).post('/api/programmes', programmeBody()).expect(201)
      ).body as ProgrammeView;
      await api(smeHz.accessToken)
        .post(`/api/programmes/${draft.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(404);
    });
  });

  describe('applications, decisions and the ledger', () => {
    it('applies (201 submitted with requestedCents), refuses a second undecided one for the offering, bad plans and missing profiles', async () => {
      const p = await publishedProgramme(govZj.accessToken, { name: '申请-基础' });
      const other = await publishedProgramme(govZj.accessToken, { name: '申请-另一个' });
      const sme = await smeWithProfile('330100');
      const app = await applyFor(sme, p.id, offA);
      expect(app).toMatchObject({
        id: expect.any(String),
        status: 'submitted',
        requestedCents: 10000, // 30% of 49900 = 14970, capped at 10000
        grantedCents: null,
        planName: '基础版',
        priceCents: 49900,
        programme: { id: p.id, name: '申请-基础' },
        offering: { id: offA, title: '云MES 轻量版' },
        sme: { industry: 'C34', region: '330100' },
        eligibility: { eligible: true, reason: null },
      });
      const dup = await api(sme.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA, planName: '标准版' })
        .expect(409);
      expect(dup.body.code).toBe('APPLICATION_EXISTS');
      await api(sme.accessToken)
        .post(`/api/programmes/${other.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(409);
      // Another offering is fine.
      await applyFor(sme, p.id, offCloud);
      const plan = await api(sme.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offJsOnly, planName: '旗舰版' })
        .expect(400);
      expect(plan.body.errors).toEqual([
        { field: 'planName', code: 'unknownPlan', message: expect.any(String) },
      ]);
      const free = await api(smeJs.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA, planName: '免费版' })
        .expect(409);
      expect(free.body.code).toBe('NOT_ELIGIBLE'); // Nanjing is outside Zhejiang anyway
      const sme2 = await smeWithProfile('330000');
      const freePlan = await api(sme2.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA, planName: '免费版' })
        .expect(409);
      expect(freePlan.body.code).toBe('NO_SUBSIDY');
      await api(smeBare.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(409);
      await api(sme.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offDraft, planName: '基础版' })
        .expect(404);
      await api(sme.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: 'x', planName: '基础版' })
        .expect(400);
      await api(sme.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA })
        .expect(400);
      await api(govZj.accessToken)
        .post(`/api/programmes/${p.id}/applications`, { offeringId: offA, planName: '基础版' })
        .expect(403);
    });

    it('lists applications: an SME its own, a gov its region’s, an admin all; others 403', async () => {
      const zj = await publishedProgramme(govHz.accessToken, {
        name: '列表-杭州',
        region: '330100',
      });
      const js = await publishedProgramme(govJs.accessToken, {
        name: '列表-江苏',
        region: '320000',
      });
      const a = await smeWithProfile('330100');
      const b = await smeWithProfile('320100');
      const appA = await applyFor(a, zj.id, offA);
      const appB = await applyFor(b, js.id, offA);
      const ids = async (token: string, query = ''): Promise<string[]> =>
        (
          (await api(token).get(`/api/applications?pageSize=100${query}`).expect(200))
            .body as Page<ApplicationView>
        ).items.map((x) => x.id);
      expect(await ids(a.accessToken)).toEqual([appA.id]);
      expect(await ids(b.accessToken)).toEqual([appB.id]);
      expect(await ids(govHz.accessToken)).toContain(appA.id);
      expect(await ids(govZj.accessToken)).toContain(appA.id);
      expect(await ids(govZj.accessToken)).not.toContain(appB.id);
      expect(await ids(govJs.accessToken)).toContain(appB.id);
      expect(await ids(govJs.accessToken)).not.toContain(appA.id);
      expect(await ids(govJs.accessToken, `&programmeId=${zj.id}`)).toEqual([]);
      expect(await ids(admin)).toEqual(expect.arrayContaining([appA.id, appB.id]));
      expect(await ids(govHz.accessToken, `&programmeId=${zj.id}&status=submitted`)).toEqual([
        appA.id,
      ]);
      expect(await ids(govHz.accessToken, `&programmeId=${zj.id}&status=approved`)).toEqual([]);
      const view = (
        (await api(govHz.accessToken).get(`/api/applications?programmeId=${zj.id}`).expect(200))
          .body as Page<ApplicationView>
      ).items[0];
      expect(view).toMatchObject({
        programme: { name: '列表-杭州' },
        offering: { title: '云MES 轻量版' },
        sme: {
          companyName: expect.stringContaining('测试制造'),
          industry: 'C34',
          region: '330100',
          level: null,
        },
        planName: '基础版',
        requestedCents: 10000,
        status: 'submitted',
        eligibility: { eligible: true },
      });
      await api(provider.accessToken).get('/api/applications').expect(403);
      await request(sut.http).get('/api/applications').expect(401);
      await api(admin).get('/api/applications?status=maybe').expect(400);
    });

    it('approve commits the grant, notifies the SME, writes the ledger; reject needs a reason; scope 404s', async () => {
      const p = await publishedProgramme(govHz.accessToken, {
        region: '330100',
        budgetCents: 25000,
      });
      const [s1, s2, s3] = await Promise.all([
        smeWithProfile('330100'),
        smeWithProfile('330100'),
        smeWithProfile('330100'),
      ]);
      const a1 = await applyFor(s1, p.id, offA);
      const a2 = await applyFor(s2, p.id, offA);
      const a3 = await applyFor(s3, p.id, offA);
      // Outside the region: 404; wrong role: 403.
      await api(govJs.accessToken).post(`/api/applications/${a1.id}/approve`).expect(404);
      await api(govJs.accessToken)
        .post(`/api/applications/${a1.id}/reject`, { reason: 'x' })
        .expect(404);
      await api(s1.accessToken).post(`/api/applications/${a1.id}/approve`).expect(403);
      await api(provider.accessToken).post(`/api/applications/${a1.id}/approve`).expect(403);
      // The province gov decides its city's applications.
      const ok = await api(govZj.accessToken)
        .post(`/api/applications/${a1.id}/approve`, { note: '材料齐全' })
        .expect(200);
      expect(ok.body).toMatchObject({
        status: 'approved',
        grantedCents: 10000,
        reason: '材料齐全',
        decidedAt: expect.any(String),
      });
      await api(govZj.accessToken).post(`/api/applications/${a1.id}/approve`).expect(409);
      await api(govZj.accessToken)
        .post(`/api/applications/${a1.id}/reject`, { reason: '重复' })
        .expect(409);
      expect(await programme(govHz.accessToken, p.id)).toMatchObject({
        committedCents: 10000,
        remainingCents: 15000,
      });
      await api(govHz.accessToken).post(`/api/applications/${a2.id}/approve`).expect(200);
      // 5000 left, 10000 requested.
      const exhausted = await api(govHz.accessToken)
        .post(`/api/applications/${a3.id}/approve`)
        .expect(409);
      expect(exhausted.body.code).toBe('BUDGET_EXHAUSTED');
      expect(exhausted.body.message).toMatch(/budget exhausted/);
      const noReason = await api(govHz.accessToken)
        .post(`/api/applications/${a3.id}/reject`, {})
        .expect(400);
      expect(noReason.body.errors[0].field).toBe('reason');
      const rejected = await api(govHz.accessToken)
        .post(`/api/applications/${a3.id}/reject`, { reason: '预算已用完' })
        .expect(200);
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        reason: '预算已用完',
        grantedCents: null,
      });
      expect(await programme(govHz.accessToken, p.id)).toMatchObject({
        committedCents: 20000,
        remainingCents: 5000,
      });

      const ledger = await ledgerOf(govHz.accessToken, p.id);
      expect(
        ledger.map((l) => [
          l.kind,
          l.amountCents,
          l.balanceCents,
          l.remainingCents,
          l.applicationId,
        ]),
      ).toEqual([
        ['commit', 10000, 10000, 15000, a1.id],
        ['commit', 10000, 20000, 5000, a2.id],
      ]);
      expect(ledger[0]?.actor).toMatchObject({ id: govZj.user.id, role: 'gov' });
      await api(govJs.accessToken).get(`/api/programmes/${p.id}/ledger`).expect(404);
      await api(s1.accessToken).get(`/api/programmes/${p.id}/ledger`).expect(403);
      await api(admin).get(`/api/programmes/${p.id}/ledger`).expect(200);

      const bell = async (u: TestUser) =>
        (
          (await api(u.accessToken).get('/api/notifications').expect(200))
            .body as Page<NotificationView>
        ).items;
      expect(
        (await bell(s1)).map((n) => [n.kind, n.payload.applicationId, n.payload.status]),
      ).toEqual([['application_decided', a1.id, 'approved']]);
      expect((await bell(s3))[0]?.payload).toMatchObject({
        applicationId: a3.id,
        status: 'rejected',
        reason: '预算已用完',
        programmeId: p.id,
      });
      const audit = await api(admin)
        .get(`/api/admin/audit?entityType=application&entityId=${a3.id}`)
        .expect(200);
      expect((audit.body as Page<AuditEntryView>).items.map((x) => [x.action, x.reason])).toEqual([
        ['reject', '预算已用完'],
        ['submit', null],
      ]);
    });

    it('withdraw: a submitted one simply; an approved one releases its grant into the ledger; not after close', async () => {
      const p = await publishedProgramme(govZj.accessToken, { budgetCents: 50000 });
      const [s1, s2, s3] = await Promise.all([
        smeWithProfile('330100'),
        smeWithProfile('330100'),
        smeWithProfile('330000'),
      ]);
      const submitted = await applyFor(s1, p.id, offA);
      const approved = await applyFor(s2, p.id, offA);
      const late = await applyFor(s3, p.id, offA);
      await api(govZj.accessToken).post(`/api/applications/${approved.id}/approve`).expect(200);
      await api(govZj.accessToken).post(`/api/applications/${late.id}/approve`).expect(200);
      // Not yours: 404; not an SME: 403.
      await api(s2.accessToken).post(`/api/applications/${submitted.id}/withdraw`).expect(404);
      await api(govZj.accessToken).post(`/api/applications/${submitted.id}/withdraw`).expect(403);
      const w1 = await api(s1.accessToken)
        .post(`/api/applications/${submitted.id}/withdraw`)
        .expect(200);
      expect(w1.body).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
      await api(s1.accessToken).post(`/api/applications/${submitted.id}/withdraw`).expect(409);
      await api(govZj.accessToken).post(`/api/applications/${submitted.id}/approve`).expect(409);
      // Once withdrawn, a new application for the offering is allowed.
      await applyFor(s1, p.id, offA);
      expect((await programme(govZj.accessToken, p.id)).committedCents).toBe(20000);
      await api(s2.accessToken).post(`/api/applications/${approved.id}/withdraw`).expect(200);
      expect(await programme(govZj.accessToken, p.id)).toMatchObject({
        committedCents: 10000,
        remainingCents: 40000,
      });
      const ledger = await ledgerOf(govZj.accessToken, p.id);
      expect(ledger.map((l) => [l.kind, l.amountCents, l.balanceCents, l.applicationId])).toEqual([
        ['commit', 10000, 10000, approved.id],
        ['commit', 10000, 20000, late.id],
        ['release', 10000, 10000, approved.id],
      ]);
      await api(govZj.accessToken).post(`/api/programmes/${p.id}/close`).expect(200);
      const closed = await api(s3.accessToken)
        .post(`/api/applications/${late.id}/withdraw`)
        .expect(409);
      expect(closed.body.code).toBe('PROGRAMME_CLOSED');
      expect((await ledgerOf(govZj.accessToken, p.id)).length).toBe(3);
    });

    it('a closed programme commits nothing more: approve is 409, reject still answers', async () => {
      const p = await publishedProgramme(govZj.accessToken);
      const [s1, s2] = await Promise.all([smeWithProfile('330100'), smeWithProfile('330100')]);
      const a1 = await applyFor(s1, p.id, offA);
      const a2 = await applyFor(s2, p.id, offA);
      await api(govZj.accessToken).post(`/api/programmes/${p.id}/close`).expect(200);
      const res = await api(govZj.accessToken)
        .post(`/api/applications/${a1.id}/approve`)
        .expect(409);
      expect(res.body.code).toBe('PROGRAMME_NOT_PUBLISHED');
      await api(govZj.accessToken)
        .post(`/api/applications/${a2.id}/reject`, { reason: '项目已截止' })
        .expect(200);
      expect((await programme(govZj.accessToken, p.id)).committedCents).toBe(0);
      expect(await ledgerOf(govZj.accessToken, p.id)).toEqual([]);
    });

    it('the ledger is append-only in the database', async () => {
      const ds = sut.app.get(DataSource);
      await expect(ds.query('UPDATE programme_ledger SET amount_cents = 1')).rejects.toThrow(
        /append-only/,
      );
      await expect(ds.query('DELETE FROM programme_ledger')).rejects.toThrow(/append-only/);
    });

    it('50 approvals at once against a budget for exactly 10: 10 approved, 40 × 409, never over budget', async () => {
      const p = await publishedProgramme(govZj.accessToken, {
        name: '并发测试',
        budgetCents: 100000, // 10 × 10000
      });
      const smes: TestUser[] = [];
      for (let i = 0; i < 5; i++) {
        smes.push(
          ...(await Promise.all(Array.from({ length: 10 }, () => smeWithProfile('330100')))),
        );
      }
      const apps = await Promise.all(smes.map((s) => applyFor(s, p.id, offA)));
      expect(apps.every((a) => a.requestedCents === 10000)).toBe(true);
      const results = await Promise.all(
        apps.map((a, i) =>
          api(i % 2 === 0 ? govZj.accessToken : admin).post(`/api/applications/${a.id}/approve`),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      expect(
        results.filter((r) => r.status === 409).every((r) => r.body.code === 'BUDGET_EXHAUSTED'),
      ).toBe(true);
      const after = await programme(govZj.accessToken, p.id);
      expect(after.committedCents).toBe(100000);
      expect(after.committedCents).toBeLessThanOrEqual(after.budgetCents);
      expect(after.remainingCents).toBe(0);
      const ledger = await ledgerOf(govZj.accessToken, p.id);
      expect(ledger).toHaveLength(10);
      expect(ledger.every((l) => l.kind === 'commit' && l.amountCents === 10000)).toBe(true);
      expect(ledger.map((l) => l.balanceCents)).toEqual(
        Array.from({ length: 10 }, (_, i) => (i + 1) * 10000),
      );
      expect(ledger.at(-1)?.balanceCents).toBe(after.committedCents);
      const approvedIds = results.flatMap((r, i) => (r.status === 200 ? [apps[i].id] : []));
      expect(new Set(ledger.map((l) => l.applicationId))).toEqual(new Set(approvedIds));
      const approvedList = (
        (
          await api(admin)
            .get(`/api/applications?programmeId=${p.id}&status=approved&pageSize=100`)
            .expect(200)
        ).body as Page<ApplicationView>
      ).items;
      expect(approvedList).toHaveLength(10);
      expect(approvedList.reduce((sum, a) => sum + (a.grantedCents ?? 0), 0)).toBe(100000);
    });
  });
});
