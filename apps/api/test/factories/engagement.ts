import { randomInt } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { InquiryView } from '@toolbox/contracts';
import { creditCodeCheckChar } from '@toolbox/domain';
import { bearer } from './catalogue.js';
import { registerUser, type TestUser } from './users.js';

/** A valid unified social credit code, random enough to be unique in a test database. */
export function creditCode(): string {
  const first17 = `91330100MA${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

/** An SME account with a company profile. */
export async function registerSme(
  http: App,
  companyName = '杭州精工机械有限公司',
  fields: Partial<{ industry: string; region: string; employees: number }> = {},
): Promise<TestUser> {
  const sme = await registerUser(http, 'sme');
  const res = await request(http)
    .put('/api/smes/me')
    .set(...bearer(sme.accessToken))
    .send({
      companyName,
      creditCode: creditCode(),
      industry: fields.industry ?? 'C34',
      region: fields.region ?? '330100',
      employees: fields.employees ?? 80,
    });
  if (res.status !== 200)
    throw new Error(`PUT /api/smes/me: ${res.status} ${JSON.stringify(res.body)}`);
  return sme;
}

export async function createInquiry(
  http: App,
  sme: TestUser,
  offeringId: string,
  fields: Partial<{ kind: string; message: string; planName: string }> = {},
): Promise<InquiryView> {
  const res = await request(http)
    .post('/api/inquiries')
    .set(...bearer(sme.accessToken))
    .send({
      offeringId,
      kind: fields.kind ?? 'trial',
      message: fields.message ?? '我们有 80 人的机加工车间，想试用扫码报工，是否支持多班次？',
      ...(fields.planName !== undefined ? { planName: fields.planName } : {}),
    })
    .expect(201);
  return res.body as InquiryView;
}

export async function postMessage(
  http: App,
  user: TestUser,
  inquiryId: string,
  body: string,
  status = 201,
): Promise<request.Response> {
  return request(http)
    .post(`/api/inquiries/${inquiryId}/messages`)
    .set(...bearer(user.accessToken))
    .send({ body })
    .expect(status);
}

export async function moveInquiry(
  http: App,
  user: TestUser,
  inquiryId: string,
  status: string,
  expected = 200,
  reason?: string,
): Promise<request.Response> {
  return request(http)
    .post(`/api/inquiries/${inquiryId}/status`)
    .set(...bearer(user.accessToken))
    .send({ status, ...(reason !== undefined ? { reason } : {}) })
    .expect(expected);
}
