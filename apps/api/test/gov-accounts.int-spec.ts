import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { AuditEntryView, GovAccountView, Page } from '@toolbox/contracts';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { createGovUser, registerUser, uniqueEmail } from './factories/users.js';
import { bearer, loginAdmin } from './factories/catalogue.js';

const ADMIN = { email: 'gov-accounts-admin@example.com', password: 'admin-password-1' };

describe('gov accounts (api-v1 Public programmes: role gov)', () => {
  let sut: TestApp;
  let admin: string;

  beforeAll(async () => {
    sut = await createTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await sut.close();
  });

  it('an admin creates a gov account with its region; it signs in as gov with that region', async () => {
    const email = uniqueEmail('gov');
    const res = await request(sut.http)
      .post('/api/admin/gov-accounts')
      .set(...bearer(admin))
      .send({ email, password: 'gov-password-1', name: '浙江省经信厅', region: '330000' })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email,
      name: '浙江省经信厅',
      role: 'gov',
      region: '330000',
      disabledAt: null,
      createdAt: expect.any(String),
    });
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email, password: 'gov-password-1' })
      .expect(200);
    expect(login.body.user).toEqual({
      id: res.body.id,
      email,
      name: '浙江省经信厅',
      role: 'gov',
      region: '330000',
    });
    const me = await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(login.body.accessToken as string))
      .expect(200);
    expect(me.body).toMatchObject({ role: 'gov', region: '330000' });

    const audit = await request(sut.http)
      .get(`/api/admin/audit?entityType=gov_account&entityId=${res.body.id as string}`)
      .set(...bearer(admin))
      .expect(200);
    expect((audit.body as Page<AuditEntryView>).items.map((a) => a.action)).toEqual(['create']);
  });

  it('other roles have region null', async () => {
    const sme = await registerUser(sut.http, 'sme');
    expect(sme.user.region).toBeNull();
  });

  it('a duplicate email is 409', async () => {
    const gov = await createGovUser(sut.http, admin, '330100');
    await request(sut.http)
      .post('/api/admin/gov-accounts')
      .set(...bearer(admin))
      .send({ email: gov.user.email, password: 'gov-password-1', name: 'x', region: '330000' })
      .expect(409);
  });

  it.each([
    [{ email: 'x', password: 'gov-password-1', name: 'a', region: '330000' }, 'email'],
    [{ email: uniqueEmail(), password: 'short', name: 'a', region: '330000' }, 'password'],
    [{ email: uniqueEmail(), password: 'gov-password-1', name: 'a', region: '339999' }, 'region'],
    [{ email: uniqueEmail(), password: 'gov-password-1', name: 'a' }, 'region'],
    [{ email: uniqueEmail(), password: 'gov-password-1', name: '', region: '330000' }, 'name'],
  ])('400 naming the field for %j', async (body, field) => {
    const res = await request(sut.http)
      .post('/api/admin/gov-accounts')
      .set(...bearer(admin))
      .send(body)
      .expect(400);
    expect((res.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
  });

  it('only an admin manages gov accounts (403 for sme, provider and gov; 401 anonymous)', async () => {
    const sme = await registerUser(sut.http, 'sme');
    const provider = await registerUser(sut.http, 'provider');
    const gov = await createGovUser(sut.http, admin, '320000');
    for (const token of [sme.accessToken, provider.accessToken, gov.accessToken]) {
      await request(sut.http)
        .get('/api/admin/gov-accounts')
        .set(...bearer(token))
        .expect(403);
      await request(sut.http)
        .post('/api/admin/gov-accounts')
        .set(...bearer(token))
        .send({ email: uniqueEmail(), password: 'gov-password-1', name: 'a', region: '330000' })
        .expect(403);
    }
    await request(sut.http).get('/api/admin/gov-accounts').expect(401);
  });

  it('lists gov accounts paged, newest first', async () => {
    const a = await createGovUser(sut.http, admin, '330000');
    const b = await createGovUser(sut.http, admin, '330100');
    const res = await request(sut.http)
      .get('/api/admin/gov-accounts?pageSize=2')
      .set(...bearer(admin))
      .expect(200);
    const page = res.body as Page<GovAccountView>;
    expect(page.pageSize).toBe(2);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.items.map((g) => g.id)).toEqual([b.user.id, a.user.id]);
    expect(page.items.every((g) => g.role === 'gov')).toBe(true);
    await request(sut.http)
      .get('/api/admin/gov-accounts?pageSize=101')
      .set(...bearer(admin))
      .expect(400);
  });

  it('disable makes its tokens 401 and blocks sign-in; enable lets it sign in again', async () => {
    const gov = await createGovUser(sut.http, admin, '330000');
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(gov.accessToken))
      .expect(200);
    const disabled = await request(sut.http)
      .post(`/api/admin/gov-accounts/${gov.user.id}/disable`)
      .set(...bearer(admin))
      .expect(200);
    expect(disabled.body.disabledAt).toEqual(expect.any(String));
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(gov.accessToken))
      .expect(401);
    await request(sut.http)
      .post('/api/auth/login')
      .send({ email: gov.user.email, password: gov.password })
      .expect(401);

    const enabled = await request(sut.http)
      .post(`/api/admin/gov-accounts/${gov.user.id}/enable`)
      .set(...bearer(admin))
      .expect(200);
    expect(enabled.body.disabledAt).toBeNull();
    // The old token stays revoked; a new sign-in works.
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(gov.accessToken))
      .expect(401);
    await request(sut.http)
      .post('/api/auth/login')
      .send({ email: gov.user.email, password: gov.password })
      .expect(200);

    const audit = await request(sut.http)
      .get(`/api/admin/audit?entityType=gov_account&entityId=${gov.user.id}`)
      .set(...bearer(admin))
      .expect(200);
    expect((audit.body as Page<AuditEntryView>).items.map((a) => a.action)).toEqual([
      'enable',
      'disable',
      'create',
    ]);
  });

  it('disable/enable: an unknown id or a non-gov user is 404, a malformed id 400', async () => {
    const sme = await registerUser(sut.http, 'sme');
    await request(sut.http)
      .post(`/api/admin/gov-accounts/${sme.user.id}/disable`)
      .set(...bearer(admin))
      .expect(404);
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(sme.accessToken))
      .expect(200);
    await request(sut.http)
      .post('/api/admin/gov-accounts/not-a-uuid/enable')
      .set(...bearer(admin))
      .expect(400);
  });
});
