import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { AuthResponse } from '@toolbox/contracts';
import { APP_CONFIG, type AppConfig } from '../src/config/app-config.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { PasswordHasher } from '../src/modules/auth/password-hasher.js';
import { UsersRepository } from '../src/modules/users/index.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, uniqueEmail } from './factories/users.js';
import { bearer } from './factories/catalogue.js';

const ADMIN = { email: 'tokens-admin@example.com', password: 'admin-password-1' };

/** api-v1 Auth: password change and logout revoke tokens; so do a role change and ensureAdmin. */
describe('token revocation (issue 10, docs/adr/0009)', () => {
  let sut: TestApp;
  let config: { -readonly [K in keyof AppConfig]: AppConfig[K] };

  const login = async (email: string, password: string): Promise<string> =>
    (
      (await request(sut.http).post('/api/auth/login').send({ email, password }).expect(200))
        .body as AuthResponse
    ).accessToken;

  const me = (token: string) =>
    request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(token));

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_MAX_FAILURES: '3',
    });
    config = sut.app.get(APP_CONFIG);
    await sut.app.get(AuthService).ensureAdmin();
  });
  afterAll(async () => {
    await sut.close();
  });

  describe('POST /api/auth/logout', () => {
    it('answers 204 and that token is 401 afterwards; the user’s other tokens still work', async () => {
      const user = await registerUser(sut.http, 'sme');
      const other = await login(user.user.email, user.password);
      await me(user.accessToken).expect(200);
      await request(sut.http)
        .post('/api/auth/logout')
        .set(...bearer(user.accessToken))
        .expect(204);
      await me(user.accessToken).expect(401);
      await request(sut.http)
        .post('/api/auth/logout')
        .set(...bearer(user.accessToken))
        .expect(401);
      await me(other).expect(200);
      // Signing in again gives a fresh token.
      await me(await login(user.user.email, user.password)).expect(200);
    });

    it('answers 401 without a token', async () => {
      await request(sut.http).post('/api/auth/logout').expect(401);
    });

    it('forgets deny-list entries once their tokens have expired', async () => {
      const ds = sut.app.get(DataSource);
      await ds.query(
        "INSERT INTO revoked_tokens (jti, expires_at) VALUES (gen_random_uuid(), now() - interval '1 hour')",
      );
      const user = await registerUser(sut.http, 'provider');
      await request(sut.http)
        .post('/api/auth/logout')
        .set(...bearer(user.accessToken))
        .expect(204);
      const [{ expired }] = await ds.query<[{ expired: number }]>(
        'SELECT count(*)::int AS expired FROM revoked_tokens WHERE expires_at < now()',
      );
      expect(expired).toBe(0);
    });
  });

  describe('POST /api/auth/password', () => {
    it('answers 204; every earlier token is 401 and only the new password signs in', async () => {
      const user = await registerUser(sut.http, 'provider');
      const second = await login(user.user.email, user.password);
      await request(sut.http)
        .post('/api/auth/password')
        .set(...bearer(user.accessToken))
        .send({ currentPassword: user.password, newPassword: 'a-brand-new-password' })
        .expect(204);
      await me(user.accessToken).expect(401);
      await me(second).expect(401);
      await request(sut.http)
        .post('/api/auth/login')
        .send({ email: user.user.email, password: user.password })
        .expect(401);
      await me(await login(user.user.email, 'a-brand-new-password')).expect(200);
    });

    it('answers 401 for a wrong current password and changes nothing', async () => {
      const user = await registerUser(sut.http, 'sme');
      const res = await request(sut.http)
        .post('/api/auth/password')
        .set(...bearer(user.accessToken))
        .send({ currentPassword: 'not-the-password', newPassword: 'another-password-1' })
        .expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, code: 'WRONG_CURRENT_PASSWORD' });
      await me(user.accessToken).expect(200);
      await login(user.user.email, user.password);
    });

    it('answers 400 for a new password under 10 characters or missing fields', async () => {
      const user = await registerUser(sut.http, 'sme');
      const short = await request(sut.http)
        .post('/api/auth/password')
        .set(...bearer(user.accessToken))
        .send({ currentPassword: user.password, newPassword: 'short-9ch' })
        .expect(400);
      expect(short.body).toMatchObject({
        errors: [expect.objectContaining({ field: 'newPassword', code: 'minLength' })],
      });
      await request(sut.http)
        .post('/api/auth/password')
        .set(...bearer(user.accessToken))
        .send({ newPassword: 'long-enough-password' })
        .expect(400);
      await me(user.accessToken).expect(200);
    });

    it('answers 401 without a token', async () => {
      await request(sut.http)
        .post('/api/auth/password')
        .send({ currentPassword: 'whatever-1', newPassword: 'whatever-password-2' })
        .expect(401);
    });

    it('counts wrong current passwords as failed logins (429 after LOGIN_MAX_FAILURES)', async () => {
      const user = await registerUser(sut.http, 'sme');
      const attempt = () =>
        request(sut.http)
          .post('/api/auth/password')
          .set(...bearer(user.accessToken))
          .send({ currentPassword: 'guess-guess', newPassword: 'another-password-1' });
      for (let i = 0; i < 3; i++) await attempt().expect(401);
      const limited = await attempt().expect(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  describe('ensureAdmin and role changes', () => {
    it('a rotated ADMIN_PASSWORD revokes the admin’s tokens and only the new one signs in', async () => {
      const before = await login(ADMIN.email, ADMIN.password);
      config.adminPassword = 'rotated-admin-password';
      try {
        await sut.app.get(AuthService).ensureAdmin();
        await me(before).expect(401);
        await request(sut.http)
          .post('/api/auth/login')
          .send({ email: ADMIN.email, password: ADMIN.password })
          .expect(401);
        await me(await login(ADMIN.email, 'rotated-admin-password')).expect(200);
      } finally {
        config.adminPassword = ADMIN.password;
        await sut.app.get(AuthService).ensureAdmin();
      }
    });

    it('an unchanged configuration keeps the admin’s tokens valid', async () => {
      const token = await login(ADMIN.email, ADMIN.password);
      await sut.app.get(AuthService).ensureAdmin();
      await me(token).expect(200);
    });

    it('a new ADMIN_EMAIL promotes that account (revoking its tokens) and disables the earlier bootstrap admin, but no other admin', async () => {
      const oldAdminToken = await login(ADMIN.email, ADMIN.password);
      // A second admin created on purpose (there is no API for it: straight through the repository).
      const hasher = sut.app.get(PasswordHasher);
      const otherAdmin = { email: uniqueEmail('second-admin'), password: 'second-admin-pass' };
      await sut.app.get(UsersRepository).insert({
        email: otherAdmin.email,
        name: '第二管理员',
        role: 'admin',
        passwordHash: await hasher.hash(otherAdmin.password),
      });
      const otherAdminToken = await login(otherAdmin.email, otherAdmin.password);
      const successor = await registerUser(sut.http, 'sme');

      config.adminEmail = successor.user.email;
      config.adminPassword = 'successor-admin-pass';
      try {
        await sut.app.get(AuthService).ensureAdmin();
        // Role change: the account's sme token is revoked; it signs in as admin.
        await me(successor.accessToken).expect(401);
        const promoted = await login(successor.user.email, 'successor-admin-pass');
        expect(((await me(promoted).expect(200)).body as { role: string }).role).toBe('admin');
        // The earlier bootstrap admin is disabled: its token and its password are refused.
        await me(oldAdminToken).expect(401);
        await request(sut.http)
          .post('/api/auth/login')
          .send({ email: ADMIN.email, password: ADMIN.password })
          .expect(401);
        // The deliberately created admin is untouched.
        await me(otherAdminToken).expect(200);
      } finally {
        config.adminEmail = ADMIN.email;
        config.adminPassword = ADMIN.password;
        await sut.app.get(AuthService).ensureAdmin();
      }
      // Back to the first ADMIN_EMAIL: it is enabled again and the successor is disabled.
      await me(await login(ADMIN.email, ADMIN.password)).expect(200);
      await request(sut.http)
        .post('/api/auth/login')
        .send({ email: successor.user.email, password: 'successor-admin-pass' })
        .expect(401);
      await me(otherAdminToken).expect(200);
    });

    it('refuses a correctly signed token without a token version (issued before revocation existed)', async () => {
      const user = await registerUser(sut.http, 'sme');
      const sign = (payload: object) =>
        sut.app.get(JwtService).signAsync(payload, {
          secret: sut.config.jwtSecret,
          expiresIn: 600,
          algorithm: 'HS256',
          jwtid: randomUUID(),
        });
      await me(await sign({ sub: user.user.id, role: 'sme' })).expect(401);
      await me(await sign({ sub: user.user.id, role: 'sme', tv: 7 })).expect(401);
      // The same claims with the current token version are accepted: the check is what refuses.
      await me(await sign({ sub: user.user.id, role: 'sme', tv: 0 })).expect(200);
    });
  });
});
