import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import type { AuthResponse } from '@toolbox/contracts';
import type { SelfServiceRole } from '@toolbox/domain';

export interface TestUser extends AuthResponse {
  password: string;
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

/** Registers a user through the API (tokens are minted at setup, never hard-coded). */
export async function registerUser(
  http: App,
  role: SelfServiceRole,
  fields: Partial<{ email: string; name: string; password: string }> = {},
): Promise<TestUser> {
  const password = fields.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const res = await request(http)
    .post('/api/auth/register')
    .send({
      email: fields.email ?? uniqueEmail(role),
      password,
      name: fields.name ?? (role === 'sme' ? '测试制造有限公司' : '测试服务商'),
      role,
    })
    .expect(201);
  return { ...(res.body as AuthResponse), password };
}

/**
 * Creates a gov account in `region` through the admin API and signs it in (gov accounts cannot
 * self-register).
 */
export async function createGovUser(
  http: App,
  adminToken: string,
  region: string,
  fields: Partial<{ email: string; name: string; password: string }> = {},
): Promise<TestUser> {
  const password = fields.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const email = fields.email ?? uniqueEmail('gov');
  await request(http)
    .post('/api/admin/gov-accounts')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ email, password, name: fields.name ?? `${region} 经信局`, region })
    .expect(201);
  const res = await request(http).post('/api/auth/login').send({ email, password }).expect(200);
  return { ...(res.body as AuthResponse), password };
}
