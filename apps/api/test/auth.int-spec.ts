import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, uniqueEmail } from './factories/users.js';
import { TestClock } from './test-clock.js';

/** A pinned instant: 12:00:30 UTC, half-way through a rate-limit minute. */
const PINNED = Date.UTC(2030, 0, 15, 12, 0, 30);

describe('accounts (api-v1 Auth)', () => {
  let sut: TestApp;
  const clock = new TestClock(PINNED);

  beforeAll(async () => {
    sut = await createTestApp(
      {
        ADMIN_EMAIL: 'admin@example.com',
        ADMIN_PASSWORD: 'admin-password-1',
        LOGIN_MAX_FAILURES: '3',
        LOGIN_WINDOW_S: '600',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('registers an SME and answers with a token and the user, never a hash', async () => {
    const email = uniqueEmail('sme');
    const res = await request(sut.http)
      .post('/api/auth/register')
      .send({
        email: `  ${email.toUpperCase()} `,
        password: 'correct-horse-1',
        name: '宁波测试',
        role: 'sme',
      })
      .expect(201);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      user: { id: expect.any(String), email, name: '宁波测试', role: 'sme', region: null },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash/);
  });

  it('rejects a duplicate email with 409, whatever its case', async () => {
    const user = await registerUser(sut.http, 'provider');
    const res = await request(sut.http)
      .post('/api/auth/register')
      .send({
        email: user.user.email.toUpperCase(),
        password: 'another-pass-1',
        name: 'x',
        role: 'sme',
      })
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', code: 'EMAIL_TAKEN' });
  });

  it.each([
    [
      { email: 'not-an-email', password: 'long-enough-1', name: 'a', role: 'sme' },
      'email',
      'isEmail',
    ],
    [{ email: uniqueEmail(), password: 'short', name: 'a', role: 'sme' }, 'password', 'minLength'],
    [
      { email: uniqueEmail(), password: 'long-enough-1', name: '', role: 'sme' },
      'name',
      'minLength',
    ],
    [{ email: uniqueEmail(), password: 'long-enough-1', name: 'a', role: 'admin' }, 'role', 'isIn'],
    [{ email: uniqueEmail(), password: 'long-enough-1', name: 'a', role: 'gov' }, 'role', 'isIn'],
    [{ email: uniqueEmail(), password: 'long-enough-1', role: 'sme' }, 'name', 'required'],
    [
      { email: uniqueEmail(), password: 'long-enough-1', name: null, role: 'sme' },
      'name',
      'required',
    ],
    [
      { email: uniqueEmail(), password: 'long-enough-1', name: 'a', role: 'sme', isAdmin: true },
      'isAdmin',
      'unknownField',
    ],
  ])('answers 400 naming the field for %j', async (body, field, code) => {
    const res = await request(sut.http).post('/api/auth/register').send(body).expect(400);
    const messages = ([] as string[]).concat(res.body.message as string | string[]);
    expect(messages.some((m) => m.includes(field))).toBe(true);
    expect(res.body.errors).toContainEqual({ field, code, message: expect.any(String) });
    expect((res.body.errors as { field: string }[]).every((e) => e.field === field)).toBe(true);
  });

  it('answers 400, not 500, for malformed JSON', async () => {
    const res = await request(sut.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c",')
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(String(res.body.message)).toMatch(/JSON/);
    expect(res.body.errors).toEqual([
      { field: '', code: 'invalidJson', message: expect.any(String) },
    ]);
  });

  it('logs in with the right password and returns the same user from /me', async () => {
    const user = await registerUser(sut.http, 'sme');
    const login = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: user.user.email, password: user.password })
      .expect(200);
    const me = await request(sut.http)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${(login.body as { accessToken: string }).accessToken}`)
      .expect(200);
    expect(me.body).toEqual(user.user);
  });

  it('answers 401 for a wrong password and for an unknown email alike', async () => {
    const user = await registerUser(sut.http, 'sme');
    const wrong = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: user.user.email, password: 'wrong-password' })
      .expect(401);
    const unknown = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: uniqueEmail('ghost'), password: 'whatever-123' })
      .expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('answers 401 on /me without a token, with a garbage token and with a forged one', async () => {
    await request(sut.http).get('/api/auth/me').expect(401);
    await request(sut.http).get('/api/auth/me').set('Authorization', 'Bearer nope').expect(401);
    const user = await registerUser(sut.http, 'sme');
    const [h, p] = user.accessToken.split('.');
    await request(sut.http)
      .get('/api/auth/me')
      .set('Authorization', `Bearer ${h}.${p}.${'A'.repeat(43)}`)
      .expect(401);
  });

  it('rate-limits failed logins per email and address with 429 and Retry-After', async () => {
    const user = await registerUser(sut.http, 'sme');
    const login = (email: string, password: string) =>
      request(sut.http).post('/api/auth/login').send({ email, password });
    for (let i = 0; i < 3; i++) {
      await login(user.user.email, 'bad-password').expect(401);
      clock.advance(1_000);
    }
    // The window (600 s) counts from the oldest of the 3 failures, made 3 s ago.
    const blocked = await login(user.user.email, user.password).expect(429);
    expect(blocked.headers['retry-after']).toBe('597');
    // Another email from the same address is not affected.
    const other = await registerUser(sut.http, 'sme');
    await login(other.user.email, other.password).expect(200);
    // Still blocked one second before the oldest failure leaves the window...
    clock.advance(596_000);
    const last = await login(user.user.email, user.password).expect(429);
    expect(last.headers['retry-after']).toBe('1');
    // ...and the right password works once it has left it.
    clock.advance(1_000);
    await login(user.user.email, user.password).expect(200);
  });

  it('ensures the admin account from configuration at start-up', async () => {
    const { AuthService } = await import('../src/modules/auth/auth.service.js');
    await sut.app.get(AuthService).ensureAdmin();
    const res = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: 'admin@example.com', password: 'admin-password-1' })
      .expect(200);
    expect(res.body.user.role).toBe('admin');
  });

  it('answers a JSON 404 for an unknown /api route', async () => {
    const res = await request(sut.http).get('/api/nope').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

describe('expired tokens', () => {
  it('answers 401 once a token has expired', async () => {
    const sut = await createTestApp({ JWT_TTL_S: '60' });
    try {
      const user = await registerUser(sut.http, 'sme');
      const { JwtService } = await import('@nestjs/jwt');
      const expired = await sut.app
        .get(JwtService)
        .signAsync(
          { sub: user.user.id, role: 'sme' },
          { secret: sut.config.jwtSecret, expiresIn: -10 },
        );
      await request(sut.http)
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${expired}`)
        .expect(401);
      await request(sut.http)
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${user.accessToken}`)
        .expect(200);
    } finally {
      await sut.close();
    }
  });
});

describe('per-address rate limit', () => {
  it('answers 429 past RATE_LIMIT_PER_MINUTE requests until the minute is over', async () => {
    const clock = new TestClock(PINNED);
    const sut = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5' }, { clock });
    try {
      const me = () => request(sut.http).get('/api/auth/me');
      const first: request.Response[] = [];
      for (let i = 0; i < 7; i++) first.push(await me());
      expect(first.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
      expect(first.map((r) => r.headers['x-ratelimit-remaining'])).toEqual([
        '4',
        '3',
        '2',
        '1',
        '0',
        '0',
        '0',
      ]);
      // Pinned at 12:00:30: the window ends at 12:01:00.
      expect(first[6].headers['retry-after']).toBe('30');
      expect(first[6].body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });

      clock.advance(29_999); // 12:00:59.999, still the same minute
      const late = await me().expect(429);
      expect(late.headers['retry-after']).toBe('1');

      clock.advance(1); // 12:01:00, a new window
      const next: number[] = [];
      for (let i = 0; i < 6; i++) next.push((await me()).status);
      expect(next).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await sut.close();
    }
  });
});
