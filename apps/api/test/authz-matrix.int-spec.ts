import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { creditCodeCheckChar } from '@toolbox/domain';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { createGovUser, registerUser, type TestUser, uniqueEmail } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { answersAt } from './factories/assessments.js';

const ADMIN = { email: 'authz-admin@example.com', password: 'authz-admin-password-1' };

/**
 * Who calls: nobody, the owner SME and another SME, the owner provider and another one, a gov
 * account (Zhejiang, 330000), an admin.
 */
const ACTORS = [
  'anonymous',
  'otherSme',
  'otherProvider',
  'gov',
  'sme',
  'provider',
  'admin',
] as const;
type Actor = (typeof ACTORS)[number];
type Expect = Record<Actor, number>;

/** The objects the table's paths point at (created in beforeAll). */
interface Fixtures {
  sme: TestUser;
  otherSme: TestUser;
  provider: TestProvider;
  otherProvider: TestProvider;
  gov: TestUser;
  published: string;
  draft: string;
  toSubmit: string;
  toApprove: string;
  toReject: string;
  toSuspend: string;
  assessment: string;
  planItem: string;
  planItemToDelete: string;
  inquiry: string;
  inquiryToMove: string;
  /** Zhejiang programmes (the gov actor's region) and SME applications to them. */
  programme: string;
  programmeDraft: string;
  programmeToPublish: string;
  programmeToClose: string;
  forApplying: string;
  appToApprove: string;
  appToReject: string;
  appToWithdraw: string;
  /** The provider's cases: a draft, one to submit, two pending ones to approve and reject. */
  caseDraft: string;
  caseToSubmit: string;
  caseToApprove: string;
  caseToReject: string;
}

interface Entry {
  path: (f: Fixtures) => string;
  body?: (f: Fixtures, actor: Actor) => object;
  expect: Expect;
  /** Call with a freshly signed-in token (routes that revoke the token they are called with). */
  freshToken?: boolean;
}

/** Everyone gets the same answer. */
const all = (status: number): Expect => ({
  anonymous: status,
  otherSme: status,
  otherProvider: status,
  gov: status,
  sme: status,
  provider: status,
  admin: status,
});
/** Any signed-in user gets `status`; anonymous 401. */
const signedIn = (status: number): Expect => ({ ...all(status), anonymous: 401 });
/** Only the listed roles; anyone else signed in 403, anonymous 401. */
const only = (roles: ('sme' | 'provider' | 'admin' | 'gov')[], status: number): Expect => {
  const e = { ...all(403), anonymous: 401 };
  for (const r of roles) {
    if (r === 'sme') Object.assign(e, { sme: status, otherSme: status });
    if (r === 'provider') Object.assign(e, { provider: status, otherProvider: status });
    if (r === 'admin') e.admin = status;
    if (r === 'gov') e.gov = status;
  }
  return e;
};

const first17 = '91330100MA2XY7RK1';
const smeProfile = {
  companyName: '宁波权限测试机械有限公司',
  creditCode: `${first17}${creditCodeCheckChar(first17)}`,
  industry: 'C34',
  region: '330100',
  employees: 50,
};
const providerProfile = {
  name: '权限测试服务商',
  kind: 'service_provider',
  description: '面向中小制造企业的服务商',
};

/**
 * The contract's answer for every route × caller (api-v1.md): 401 without a token on protected
 * routes, 403 for a wrong role, 404 for another tenant's object, the owner's own 2xx (or the
 * domain's 4xx). Keyed by `METHOD path` as the OpenAPI document spells it; a route the app
 * serves without an entry here fails the test. Run in table order, callers in ACTORS order
 * (others before the owner, so the owner's writes do not change what the others see).
 */
const TABLE: Record<string, Entry> = {
  'GET /api/health': { path: () => '/api/health', expect: all(200) },
  'GET /api/taxonomy': { path: () => '/api/taxonomy', expect: all(200) },
  'POST /api/auth/register': {
    path: () => '/api/auth/register',
    body: () => ({
      email: uniqueEmail('authz'),
      password: 'long-enough-1',
      name: 'x',
      role: 'sme',
    }),
    expect: all(201),
  },
  'POST /api/auth/login': {
    path: () => '/api/auth/login',
    body: (f) => ({ email: f.sme.user.email, password: f.sme.password }),
    expect: all(200),
  },
  'GET /api/auth/me': { path: () => '/api/auth/me', expect: signedIn(200) },

  'GET /api/assessments/questionnaire': {
    path: () => '/api/assessments/questionnaire',
    expect: all(200),
  },
  'POST /api/assessments': {
    path: () => '/api/assessments',
    body: () => ({ answers: answersAt(0, 1) }),
    expect: only(['sme'], 201),
  },
  'GET /api/assessments': { path: () => '/api/assessments', expect: only(['sme'], 200) },
  'GET /api/assessments/draft': {
    path: () => '/api/assessments/draft',
    expect: only(['sme'], 200),
  },
  'PUT /api/assessments/draft': {
    path: () => '/api/assessments/draft',
    body: () => ({ answers: {} }),
    expect: only(['sme'], 200),
  },
  'DELETE /api/assessments/draft': {
    path: () => '/api/assessments/draft',
    expect: only(['sme'], 204),
  },
  'GET /api/assessments/{id}': {
    path: (f) => `/api/assessments/${f.assessment}`,
    expect: { ...only(['sme'], 200), otherSme: 404 },
  },
  'GET /api/matches': { path: () => '/api/matches', expect: only(['sme'], 200) },

  'PUT /api/smes/me': {
    path: () => '/api/smes/me',
    body: () => smeProfile,
    expect: only(['sme'], 200),
  },
  'GET /api/smes/me': { path: () => '/api/smes/me', expect: only(['sme'], 200) },
  'PUT /api/smes/me/needs': {
    path: () => '/api/smes/me/needs',
    body: () => ({ scenarios: [{ code: 'quality', priority: 4 }] }),
    expect: only(['sme'], 200),
  },
  'GET /api/smes/me/needs': { path: () => '/api/smes/me/needs', expect: only(['sme'], 200) },

  'GET /api/plans/me': { path: () => '/api/plans/me', expect: only(['sme'], 200) },
  'POST /api/plans/me/items': {
    path: () => '/api/plans/me/items',
    body: () => ({ title: '上线扫码报工', scenario: 'quality', priority: 3, phase: 'now' }),
    expect: only(['sme'], 201),
  },
  'PATCH /api/plans/me/items/{id}': {
    path: (f) => `/api/plans/me/items/${f.planItem}`,
    body: () => ({ priority: 5 }),
    expect: { ...only(['sme'], 200), otherSme: 404 },
  },
  'DELETE /api/plans/me/items/{id}': {
    path: (f) => `/api/plans/me/items/${f.planItemToDelete}`,
    expect: { ...only(['sme'], 204), otherSme: 404 },
  },

  'PUT /api/providers/me': {
    path: () => '/api/providers/me',
    body: () => providerProfile,
    expect: only(['provider'], 200),
  },
  'GET /api/providers/me': { path: () => '/api/providers/me', expect: only(['provider'], 200) },
  'GET /api/providers': { path: () => '/api/providers', expect: all(200) },
  'GET /api/providers/{id}': {
    path: (f) => `/api/providers/${f.provider.providerId}`,
    expect: all(200),
  },
  'GET /api/providers/me/funnel': {
    path: () => '/api/providers/me/funnel',
    expect: only(['provider'], 200),
  },

  'POST /api/offerings': {
    path: () => '/api/offerings',
    body: () => offeringBodyFor(),
    expect: only(['provider'], 201),
  },
  'GET /api/offerings/mine': {
    path: () => '/api/offerings/mine',
    expect: only(['provider'], 200),
  },
  'GET /api/offerings/{id}': {
    // A draft: only its owner and admins see it; for everyone else it does not exist.
    path: (f) => `/api/offerings/${f.draft}`,
    expect: { ...all(404), provider: 200, admin: 200 },
  },
  'PATCH /api/offerings/{id}': {
    path: (f) => `/api/offerings/${f.draft}`,
    body: () => ({ deliveryDays: 5 }),
    expect: { ...only(['provider'], 200), otherProvider: 404 },
  },
  'POST /api/offerings/{id}/submit': {
    path: (f) => `/api/offerings/${f.toSubmit}/submit`,
    expect: { ...only(['provider'], 200), otherProvider: 404 },
  },
  'GET /api/offerings/{id}/reviews': {
    path: (f) => `/api/offerings/${f.published}/reviews`,
    expect: all(200),
  },
  'PUT /api/offerings/{id}/reviews/mine': {
    // Only an SME whose inquiry reached trialing or won may review: neither has one (403).
    path: (f) => `/api/offerings/${f.published}/reviews/mine`,
    body: () => ({ rating: 5, body: '上线很快，报工准确，推荐。' }),
    expect: only(['sme'], 403),
  },

  'GET /api/admin/offerings': { path: () => '/api/admin/offerings', expect: only(['admin'], 200) },
  'GET /api/admin/offerings/{id}/diff': {
    path: (f) => `/api/admin/offerings/${f.published}/diff`,
    expect: only(['admin'], 200),
  },
  'POST /api/admin/offerings/{id}/approve': {
    path: (f) => `/api/admin/offerings/${f.toApprove}/approve`,
    body: () => ({}),
    expect: only(['admin'], 200),
  },
  'POST /api/admin/offerings/{id}/reject': {
    path: (f) => `/api/admin/offerings/${f.toReject}/reject`,
    body: () => ({ reason: '资料不全' }),
    expect: only(['admin'], 200),
  },
  'POST /api/admin/offerings/{id}/suspend': {
    path: (f) => `/api/admin/offerings/${f.toSuspend}/suspend`,
    body: () => ({ reason: '投诉核查中' }),
    expect: only(['admin'], 200),
  },
  'GET /api/admin/audit': { path: () => '/api/admin/audit', expect: only(['admin'], 200) },
  'POST /api/admin/gov-accounts': {
    path: () => '/api/admin/gov-accounts',
    body: () => ({
      email: uniqueEmail('authz-gov'),
      password: 'long-enough-1',
      name: '矩阵经信局',
      region: '330100',
    }),
    expect: only(['admin'], 201),
  },
  'GET /api/admin/gov-accounts': {
    path: () => '/api/admin/gov-accounts',
    expect: only(['admin'], 200),
  },
  'POST /api/admin/gov-accounts/{id}/disable': {
    path: () => `/api/admin/gov-accounts/${randomUUID()}/disable`,
    expect: only(['admin'], 404),
  },
  'POST /api/admin/gov-accounts/{id}/enable': {
    path: () => `/api/admin/gov-accounts/${randomUUID()}/enable`,
    expect: only(['admin'], 404),
  },
  'POST /api/admin/reviews/{id}/hide': {
    path: () => `/api/admin/reviews/${randomUUID()}/hide`,
    body: () => ({ reason: '不实内容' }),
    expect: only(['admin'], 404),
  },
  'POST /api/reviews/{id}/reply': {
    path: () => `/api/reviews/${randomUUID()}/reply`,
    body: () => ({ body: '感谢反馈' }),
    expect: only(['provider'], 404),
  },

  'GET /api/search/offerings': { path: () => '/api/search/offerings', expect: all(200) },
  'GET /api/search/suggest': { path: () => '/api/search/suggest?q=云', expect: all(200) },
  'GET /api/admin/search/status': {
    path: () => '/api/admin/search/status',
    expect: only(['admin'], 200),
  },
  'POST /api/admin/search/reconcile': {
    path: () => '/api/admin/search/reconcile',
    expect: only(['admin'], 200),
  },
  'POST /api/admin/search/parked/retry': {
    path: () => '/api/admin/search/parked/retry',
    expect: only(['admin'], 200),
  },
  'POST /api/admin/search/reindex': {
    path: () => '/api/admin/search/reindex',
    expect: only(['admin'], 202),
  },
  'GET /api/admin/search/reindex': {
    path: () => '/api/admin/search/reindex',
    expect: only(['admin'], 200),
  },

  'POST /api/inquiries': {
    path: () => '/api/inquiries',
    body: (f) => ({ offeringId: f.published, kind: 'quote', message: '请报价：50 人工厂' }),
    expect: only(['sme'], 201),
  },
  'GET /api/inquiries': {
    path: () => '/api/inquiries',
    expect: only(['sme', 'provider', 'admin'], 200),
  },
  'GET /api/inquiries/{id}': {
    path: (f) => `/api/inquiries/${f.inquiry}`,
    expect: { ...only(['sme', 'provider', 'admin'], 200), otherSme: 404, otherProvider: 404 },
  },
  'POST /api/inquiries/{id}/messages': {
    path: (f) => `/api/inquiries/${f.inquiry}/messages`,
    body: () => ({ body: '补充一下需求' }),
    expect: { ...only(['sme', 'provider'], 201), otherSme: 404, otherProvider: 404 },
  },
  'POST /api/inquiries/{id}/status': {
    // The SME withdraws; the provider then finds it final (409).
    path: (f) => `/api/inquiries/${f.inquiryToMove}/status`,
    body: () => ({ status: 'withdrawn' }),
    expect: {
      ...only(['sme', 'provider'], 200),
      otherSme: 404,
      otherProvider: 404,
      provider: 409,
    },
  },

  'GET /api/notifications': { path: () => '/api/notifications', expect: signedIn(200) },
  'POST /api/notifications/read': {
    path: () => '/api/notifications/read',
    body: () => ({ ids: [randomUUID()] }),
    expect: signedIn(200),
  },
  'POST /api/programmes': {
    path: () => '/api/programmes',
    body: () => programmeBodyFor(),
    expect: only(['gov', 'admin'], 201),
  },
  'GET /api/programmes': { path: () => '/api/programmes', expect: all(200) },
  'GET /api/programmes/eligible': {
    path: () => '/api/programmes/eligible',
    expect: only(['sme'], 200),
  },
  'GET /api/programmes/{id}': {
    // A draft: only its region's gov and admins see it.
    path: (f) => `/api/programmes/${f.programmeDraft}`,
    expect: { ...all(404), gov: 200, admin: 200 },
  },
  'PATCH /api/programmes/{id}': {
    path: (f) => `/api/programmes/${f.programmeDraft}`,
    body: () => ({ subsidyPercent: 40 }),
    expect: only(['gov', 'admin'], 200),
  },
  'POST /api/programmes/{id}/publish': {
    // The gov publishes it; the admin then finds it published (409).
    path: (f) => `/api/programmes/${f.programmeToPublish}/publish`,
    expect: { ...only(['gov', 'admin'], 200), admin: 409 },
  },
  'POST /api/programmes/{id}/close': {
    path: (f) => `/api/programmes/${f.programmeToClose}/close`,
    expect: { ...only(['gov', 'admin'], 200), admin: 409 },
  },
  'POST /api/programmes/{id}/applications': {
    path: (f) => `/api/programmes/${f.programme}/applications`,
    body: (f) => ({ offeringId: f.forApplying, planName: '基础版' }),
    expect: only(['sme'], 201),
  },
  'GET /api/programmes/{id}/ledger': {
    path: (f) => `/api/programmes/${f.programme}/ledger`,
    expect: only(['gov', 'admin'], 200),
  },

  'POST /api/cases': {
    path: () => '/api/cases',
    body: (f) => caseBodyFor(f.published),
    // Another provider may not link this provider's offering (400 offeringIds).
    expect: { ...only(['provider', 'admin'], 201), otherProvider: 400 },
  },
  'GET /api/cases': { path: () => '/api/cases', expect: all(200) },
  'GET /api/cases/mine': { path: () => '/api/cases/mine', expect: only(['provider'], 200) },
  'GET /api/cases/for-me': { path: () => '/api/cases/for-me', expect: only(['sme'], 200) },
  'GET /api/cases/{id}': {
    path: (f) => `/api/cases/${f.caseDraft}`,
    expect: { ...all(404), provider: 200, admin: 200 },
  },
  'PATCH /api/cases/{id}': {
    path: (f) => `/api/cases/${f.caseDraft}`,
    body: () => ({ title: '权限矩阵案例（改）' }),
    expect: { ...only(['provider', 'admin'], 200), otherProvider: 404 },
  },
  'POST /api/cases/{id}/submit': {
    // The provider submits; the admin then finds it pending (409).
    path: (f) => `/api/cases/${f.caseToSubmit}/submit`,
    expect: { ...only(['provider', 'admin'], 200), otherProvider: 404, admin: 409 },
  },
  'GET /api/admin/cases': { path: () => '/api/admin/cases', expect: only(['admin'], 200) },
  'POST /api/admin/cases/{id}/approve': {
    path: (f) => `/api/admin/cases/${f.caseToApprove}/approve`,
    expect: only(['admin'], 200),
  },
  'POST /api/admin/cases/{id}/reject': {
    path: (f) => `/api/admin/cases/${f.caseToReject}/reject`,
    body: () => ({ reason: '缺少数据来源' }),
    expect: only(['admin'], 200),
  },
  'GET /api/applications': {
    path: () => '/api/applications',
    expect: only(['sme', 'gov', 'admin'], 200),
  },
  'POST /api/applications/{id}/approve': {
    path: (f) => `/api/applications/${f.appToApprove}/approve`,
    expect: { ...only(['gov', 'admin'], 200), admin: 409 },
  },
  'POST /api/applications/{id}/reject': {
    path: (f) => `/api/applications/${f.appToReject}/reject`,
    body: () => ({ reason: '材料不全' }),
    expect: { ...only(['gov', 'admin'], 200), admin: 409 },
  },
  'POST /api/applications/{id}/withdraw': {
    path: (f) => `/api/applications/${f.appToWithdraw}/withdraw`,
    expect: { ...only(['sme'], 200), otherSme: 404 },
  },
  'GET /api/offerings/{id}/net-price': {
    path: (f) => `/api/offerings/${f.published}/net-price`,
    expect: only(['sme'], 200),
  },

  'GET /api/insights/demand': {
    path: () => '/api/insights/demand',
    expect: only(['provider', 'admin'], 200),
  },
  'GET /api/dashboards/overview': {
    path: () => '/api/dashboards/overview',
    expect: only(['gov', 'admin'], 200),
  },
  'GET /api/dashboards/overview.csv': {
    path: () => '/api/dashboards/overview.csv',
    expect: only(['gov', 'admin'], 200),
  },

  // Last: these revoke tokens (each caller signs in afresh for them).
  'POST /api/auth/logout': {
    path: () => '/api/auth/logout',
    expect: signedIn(204),
    freshToken: true,
  },
  'POST /api/auth/password': {
    path: () => '/api/auth/password',
    body: (f, actor) => ({
      currentPassword: passwordOf(f, actor),
      newPassword: 'brand-new-password-1',
    }),
    expect: signedIn(204),
    freshToken: true,
  },
};

function caseBodyFor(offeringId: string): object {
  return {
    title: '权限矩阵案例',
    story: '一段案例故事',
    industry: 'C34',
    region: '330100',
    scenarios: ['quality'],
    offeringIds: [offeringId],
    metrics: [{ code: 'defect_rate_pct', before: 3.2, after: 1.1 }],
  };
}

function passwordOf(f: Fixtures, actor: Actor): string {
  switch (actor) {
    case 'admin':
      return ADMIN.password;
    case 'anonymous':
      return 'none';
    default:
      return f[actor].password;
  }
}

function programmeBodyFor(): object {
  return {
    name: '权限矩阵上云券',
    description: '矩阵测试',
    region: '330000',
    industries: [],
    scenarios: [],
    levels: [],
    subsidyPercent: 30,
    capCents: 10000,
    budgetCents: 1000000,
    opensAt: new Date(Date.now() - 24 * 3600 * 1000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
  };
}

function offeringBodyFor(): object {
  return {
    title: '权限矩阵测试',
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
  };
}

describe('authorization matrix: every route × every caller (api-v1.md)', () => {
  let sut: TestApp;
  let f: Fixtures;
  let adminToken: string;
  let routes: string[];

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_STORE: 'memory',
    });
    await sut.app.get(AuthService).ensureAdmin();
    adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider = await registerProvider(sut.http, '矩阵服务商');
    const otherProvider = await registerProvider(sut.http, '别家矩阵服务商');
    const sme = await registerUser(sut.http, 'sme');
    const otherSme = await registerUser(sut.http, 'sme');
    for (const u of [sme, otherSme]) {
      await request(sut.http)
        .put('/api/smes/me')
        .set(...bearer(u.accessToken))
        .send(smeProfile)
        .expect(200);
    }
    const published = (await publishOffering(sut.http, provider, adminToken)).id;
    const toSuspend = (await publishOffering(sut.http, provider, adminToken)).id;
    const pending = async (): Promise<string> => {
      const o = await createOffering(sut.http, provider);
      await request(sut.http)
        .post(`/api/offerings/${o.id}/submit`)
        .set(...bearer(provider.accessToken))
        .expect(200);
      return o.id;
    };
    const asSme = (path: string, body: object) =>
      request(sut.http)
        .post(path)
        .set(...bearer(sme.accessToken))
        .send(body);
    const assessment = await asSme('/api/assessments', { answers: answersAt(0, 1) }).expect(201);
    const item = await asSme('/api/plans/me/items', {
      title: '试点质量追溯',
      scenario: 'quality',
      priority: 3,
      phase: 'now',
    }).expect(201);
    const itemToDelete = await asSme('/api/plans/me/items', {
      title: '待删除',
      scenario: 'quality',
      priority: 2,
      phase: 'later',
    }).expect(201);
    const inquiry = await asSme('/api/inquiries', {
      offeringId: published,
      kind: 'question',
      message: '支持多少个工位？',
    });
    const inquiryToMove = await asSme('/api/inquiries', {
      offeringId: published,
      kind: 'trial',
      message: '想申请试用',
    });
    const idOf = (res: { body: unknown }): string => (res.body as { id: string }).id;
    const gov = await createGovUser(sut.http, adminToken, '330000');
    const asGov = (path: string, body?: object) =>
      request(sut.http)
        .post(path)
        .set(...bearer(gov.accessToken))
        .send(body);
    const draftProgramme = async (): Promise<string> =>
      idOf(await asGov('/api/programmes', programmeBodyFor()).expect(201));
    const publishedProgramme = async (): Promise<string> => {
      const id = await draftProgramme();
      await asGov(`/api/programmes/${id}/publish`).expect(200);
      return id;
    };
    const programme = await publishedProgramme();
    const apply = (u: TestUser, offeringId: string) =>
      request(sut.http)
        .post(`/api/programmes/${programme}/applications`)
        .set(...bearer(u.accessToken))
        .send({ offeringId, planName: '基础版' })
        .expect(201);
    const appToApprove = idOf(await apply(sme, published));
    const appToReject = idOf(await apply(otherSme, published));
    const appToWithdraw = idOf(await apply(sme, toSuspend));
    const newCase = async (submit: boolean): Promise<string> => {
      const res = await request(sut.http)
        .post('/api/cases')
        .set(...bearer(provider.accessToken))
        .send(caseBodyFor(published))
        .expect(201);
      const id = (res.body as { id: string }).id;
      if (submit) {
        await request(sut.http)
          .post(`/api/cases/${id}/submit`)
          .set(...bearer(provider.accessToken))
          .expect(200);
      }
      return id;
    };
    f = {
      sme,
      otherSme,
      provider,
      otherProvider,
      gov,
      published,
      draft: (await createOffering(sut.http, provider)).id,
      toSubmit: (await createOffering(sut.http, provider)).id,
      toApprove: await pending(),
      toReject: await pending(),
      toSuspend,
      assessment: idOf(assessment),
      planItem: idOf(item),
      planItemToDelete: idOf(itemToDelete),
      inquiry: idOf(inquiry),
      inquiryToMove: idOf(inquiryToMove),
      programme,
      programmeDraft: await draftProgramme(),
      programmeToPublish: await draftProgramme(),
      programmeToClose: await publishedProgramme(),
      forApplying: (await publishOffering(sut.http, provider, adminToken)).id,
      appToApprove,
      appToReject,
      appToWithdraw,
      caseDraft: await newCase(false),
      caseToSubmit: await newCase(false),
      caseToApprove: await newCase(true),
      caseToReject: await newCase(true),
    };
    const doc = (await request(sut.http).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('has an entry for every route the app serves (a new route without an entry fails here)', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => TABLE[r] === undefined)).toEqual([]);
    // …and no stale entry for a route that is gone.
    expect(Object.keys(TABLE).filter((k) => !routes.includes(k))).toEqual([]);
  });

  async function tokenOf(actor: Actor, fresh: boolean): Promise<string | undefined> {
    if (actor === 'anonymous') return undefined;
    if (!fresh) return actor === 'admin' ? adminToken : f[actor].accessToken;
    const email = actor === 'admin' ? ADMIN.email : f[actor].user.email;
    return loginAdmin(sut.http, email, passwordOf(f, actor));
  }

  it('answers every route × caller as the contract says', async () => {
    const got: Record<string, Partial<Expect>> = {};
    const want: Record<string, Partial<Expect>> = {};
    for (const [key, entry] of Object.entries(TABLE)) {
      if (!routes.includes(key)) continue;
      const method = key.split(' ')[0]?.toLowerCase() as
        'get' | 'post' | 'put' | 'patch' | 'delete';
      got[key] = {};
      want[key] = entry.expect;
      for (const actor of ACTORS) {
        let r = request(sut.http)[method](entry.path(f));
        const token = await tokenOf(actor, entry.freshToken === true);
        if (token !== undefined) r = r.set(...bearer(token));
        const res = await (entry.body !== undefined ? r.send(entry.body(f, actor)) : r);
        got[key][actor] = res.status;
      }
    }
    expect(got).toEqual(want);
  });
});
