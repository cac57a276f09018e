import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { CreateOfferingRequest, OfferingView } from '@toolbox/contracts';
import { registerUser, type TestUser } from './users.js';

export function offeringBody(
  overrides: Partial<CreateOfferingRequest> = {},
): CreateOfferingRequest {
  return {
    title: '云MES 轻量版',
    titleEn: 'Cloud MES Lite',
    summary: '扫码报工、工单进度、质量记录，一周上线',
    description:
      '面向离散制造中小企业的轻量级制造执行系统。\n\n支持工单下达、扫码报工与质量检验记录。',
    kind: 'saas',
    scenarios: ['production_control', 'quality'],
    industries: ['C34', 'C35'],
    stages: [1, 2],
    regions: [],
    deployment: 'public_cloud',
    deliveryDays: 7,
    plans: [
      { name: '基础版', billingPeriod: 'month', priceCents: 49900, trialDays: 14 },
      { name: '标准版', billingPeriod: 'year', priceCents: 499900, trialDays: 14 },
    ],
    tags: ['小快轻准', '免部署'],
    ...overrides,
  };
}

export interface TestProvider extends TestUser {
  providerId: string;
}

export const bearer = (token: string): [string, string] => ['Authorization', `Bearer ${token}`];

/** Requests signed in as one user: `as(http, token).post(path, body).expect(200)`. */
export function as(http: App, token: string) {
  const signed = (test: request.Test): request.Test => test.set(...bearer(token));
  return {
    get: (path: string) => signed(request(http).get(path)),
    post: (path: string, body?: object) => {
      const test = signed(request(http).post(path));
      return body === undefined ? test : test.send(body);
    },
    patch: (path: string, body: object) => signed(request(http).patch(path)).send(body),
    put: (path: string, body: object) => signed(request(http).put(path)).send(body),
  };
}

/** A provider account with a filled-in profile. */
export async function registerProvider(http: App, name = '云启工业互联网'): Promise<TestProvider> {
  const user = await registerUser(http, 'provider');
  const res = await request(http)
    .put('/api/providers/me')
    .set(...bearer(user.accessToken))
    .send({
      name,
      kind: 'industrial_internet_platform',
      description: '面向中小制造企业的工业互联网平台',
    })
    .expect(200);
  return { ...user, providerId: (res.body as { id: string }).id };
}

export async function createOffering(
  http: App,
  provider: TestProvider,
  overrides: Partial<CreateOfferingRequest> = {},
): Promise<OfferingView> {
  const res = await request(http)
    .post('/api/offerings')
    .set(...bearer(provider.accessToken))
    .send(offeringBody(overrides))
    .expect(201);
  return res.body as OfferingView;
}

/** Create, submit and approve: a published offering. */
export async function publishOffering(
  http: App,
  provider: TestProvider,
  adminToken: string,
  overrides: Partial<CreateOfferingRequest> = {},
): Promise<OfferingView> {
  const o = await createOffering(http, provider, overrides);
  await request(http)
    .post(`/api/offerings/${o.id}/submit`)
    .set(...bearer(provider.accessToken))
    .expect(200);
  await request(http)
    .post(`/api/admin/offerings/${o.id}/approve`)
    .set(...bearer(adminToken))
    .expect(200);
  return o;
}

export async function loginAdmin(http: App, email: string, password: string): Promise<string> {
  const res = await request(http).post('/api/auth/login').send({ email, password }).expect(200);
  return (res.body as { accessToken: string }).accessToken;
}
