import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser } from './factories/users.js';
import { TestClock } from './test-clock.js';

const PINNED = Date.UTC(2030, 0, 15, 12, 0, 30);

const loginFrom = (sut: TestApp, address: string, email: string, password: string) =>
  request(sut.http)
    .post('/api/auth/login')
    .set('X-Forwarded-For', address)
    .send({ email, password });

/**
 * Issue 10 "Throttling": failed logins are capped per account from any address (rotating
 * addresses buys nothing), with the longer window's Retry-After; TRUST_PROXY decides whose
 * X-Forwarded-For names the client.
 */
describe('per-account login cap (LOGIN_ACCOUNT_MAX_FAILURES)', () => {
  let sut: TestApp;
  const clock = new TestClock(PINNED);

  beforeAll(async () => {
    sut = await createTestApp(
      {
        LOGIN_MAX_FAILURES: '3',
        LOGIN_WINDOW_S: '600',
        LOGIN_ACCOUNT_MAX_FAILURES: '5',
        LOGIN_ACCOUNT_WINDOW_S: '3600',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('blocks an account after its cap of failures from rotating addresses, with the longer Retry-After', async () => {
    const user = await registerUser(sut.http, 'sme');
    const { email } = user.user;
    for (let i = 1; i <= 5; i++) {
      // One failure per address: the per-address limit (3) never trips.
      await loginFrom(sut, `203.0.113.${i}`, email, 'wrong-password').expect(401);
      clock.advance(10_000);
    }
    // Even the right password from a fresh address waits for the account window to end.
    const blocked = await loginFrom(sut, '198.51.100.7', email, user.password).expect(429);
    const retry = Number(blocked.headers['retry-after']);
    expect(retry).toBe(3600 - 50);
    expect(retry).toBeGreaterThan(600);
    expect(blocked.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });

    // Another account is not affected.
    const other = await registerUser(sut.http, 'sme');
    await loginFrom(sut, '198.51.100.7', other.user.email, other.password).expect(200);

    // Still blocked a second before the window ends; signs in once it has.
    clock.advance((retry - 1) * 1000);
    await loginFrom(sut, '198.51.100.7', email, user.password).expect(429);
    clock.advance(1000);
    await loginFrom(sut, '198.51.100.7', email, user.password).expect(200);
  });

  it('a successful sign-in does not give the account a fresh allowance', async () => {
    const user = await registerUser(sut.http, 'provider');
    const { email } = user.user;
    for (let i = 1; i <= 4; i++) {
      await loginFrom(sut, `192.0.2.${i}`, email, 'wrong-password').expect(401);
    }
    await loginFrom(sut, '192.0.2.100', email, user.password).expect(200);
    await loginFrom(sut, '192.0.2.5', email, 'wrong-password').expect(401);
    await loginFrom(sut, '192.0.2.100', email, user.password).expect(429);
    clock.advance(3600_000);
  });

  it('still limits one address per email first (LOGIN_MAX_FAILURES), with its shorter window', async () => {
    const user = await registerUser(sut.http, 'sme');
    const { email } = user.user;
    for (let i = 0; i < 3; i++) {
      await loginFrom(sut, '203.0.113.50', email, 'wrong-password').expect(401);
    }
    const blocked = await loginFrom(sut, '203.0.113.50', email, user.password).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBe(600);
    // From another address the account (3 of 5 failures) may still sign in.
    await loginFrom(sut, '203.0.113.51', email, user.password).expect(200);
    clock.advance(3600_000);
  });
});

describe('TRUST_PROXY=false: X-Forwarded-For is ignored', () => {
  let sut: TestApp;
  const clock = new TestClock(PINNED);

  beforeAll(async () => {
    sut = await createTestApp(
      {
        TRUST_PROXY: 'false',
        LOGIN_MAX_FAILURES: '3',
        LOGIN_ACCOUNT_MAX_FAILURES: '50',
        RATE_LIMIT_PER_MINUTE: '100000',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('counts rotating X-Forwarded-For addresses as the one socket address', async () => {
    const user = await registerUser(sut.http, 'sme');
    for (let i = 1; i <= 3; i++) {
      await loginFrom(sut, `203.0.113.${i}`, user.user.email, 'wrong-password').expect(401);
    }
    await loginFrom(sut, '203.0.113.99', user.user.email, user.password).expect(429);
  });
});

describe('TRUST_PROXY default (loopback): a proxy on this machine names the client', () => {
  let sut: TestApp;
  const clock = new TestClock(PINNED);

  beforeAll(async () => {
    sut = await createTestApp(
      { LOGIN_MAX_FAILURES: '3', RATE_LIMIT_PER_MINUTE: '100000' },
      { clock },
    );
  });
  afterAll(async () => {
    await sut.close();
  });

  it('counts each forwarded address separately', async () => {
    const user = await registerUser(sut.http, 'sme');
    for (let i = 0; i < 3; i++) {
      await loginFrom(sut, '203.0.113.1', user.user.email, 'wrong-password').expect(401);
    }
    await loginFrom(sut, '203.0.113.1', user.user.email, user.password).expect(429);
    await loginFrom(sut, '203.0.113.2', user.user.email, user.password).expect(200);
  });
});
