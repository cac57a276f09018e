import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { pino } from 'pino';
import request from 'supertest';
import { LOGGER_OPTIONS, rootLogger, setRootLogger } from '../src/common/logging/logger.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser, uniqueEmail } from './factories/users.js';
import { bearer, loginAdmin } from './factories/catalogue.js';

const ADMIN = { email: 'logs-admin@example.com', password: 'logs-admin-password-1' };

/**
 * No secrets in logs (issue 10): failing requests — bad input, database errors with the user's
 * email and password hash in the failed statement's parameters, wrong passwords, bad tokens —
 * with everything the app writes captured (its pino logger at `trace`, and the console that
 * TypeORM's own loggers would use), then the text is scanned for what must never be there.
 */
describe('no secrets in logs', () => {
  let sut: TestApp;
  let user: TestUser;
  const lines: string[] = [];
  const previous = rootLogger();
  const secrets: string[] = [];

  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    }),
  );

  beforeAll(async () => {
    setRootLogger(pino({ ...LOGGER_OPTIONS, level: 'trace' }, sink));
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'trace',
    });
    await sut.app.get(AuthService).ensureAdmin();
    user = await registerUser(sut.http, 'sme', { password: 'sme-secret-password-1' });
    const adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    secrets.push(ADMIN.password, user.password, user.accessToken, adminToken, sut.config.jwtSecret);
  });
  afterAll(async () => {
    await sut.close();
    setRootLogger(previous);
    for (const spy of consoleSpies) spy.mockRestore();
  });

  /** Runs SQL on this test's own database (not through the app). */
  const sql = async (statement: string): Promise<void> => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: sut.databaseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };

  it('drives failing requests, then finds no password, hash, token, secret or failed-query email in the log', async () => {
    // Bad input.
    const nulPassword = 'nul-case-password-1';
    secrets.push(nulPassword);
    await request(sut.http)
      .post('/api/auth/register')
      .send({ email: uniqueEmail('nul'), password: nulPassword, name: 'a\u0000', role: 'sme' })
      .expect(400);
    await request(sut.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('['.repeat(5000) + ']'.repeat(5000))
      .expect(400);

    // Wrong password, bad and forged tokens.
    const wrong = 'wrong-password-guess-1';
    secrets.push(wrong);
    await request(sut.http)
      .post('/api/auth/login')
      .send({ email: user.user.email, password: wrong })
      .expect(401);
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer('not-a-token'))
      .expect(401);
    const [h, p] = user.accessToken.split('.');
    const forged = `${h}.${p}.${'A'.repeat(43)}`;
    secrets.push(forged);
    await request(sut.http)
      .get('/api/auth/me')
      .set(...bearer(forged))
      .expect(401);

    // A database error whose failed INSERT carries an email and an argon2 hash as parameters:
    // every new user row is refused by a CHECK constraint (→ 400, the filter's last line).
    await sql(`ALTER TABLE users ADD CONSTRAINT logs_test_refuse CHECK (false) NOT VALID`);
    const refusedEmail = uniqueEmail('refused');
    const refusedPassword = 'refused-user-password-1';
    secrets.push(refusedEmail, refusedPassword);
    await request(sut.http)
      .post('/api/auth/register')
      .send({ email: refusedEmail, password: refusedPassword, name: '拒绝', role: 'sme' })
      .expect(400);
    await sql(`ALTER TABLE users DROP CONSTRAINT logs_test_refuse`);

    // A database error that is a 500: the users table is gone while a login looks the email up.
    await sql(`ALTER TABLE users RENAME TO users_gone`);
    const lostEmail = uniqueEmail('lost');
    secrets.push(lostEmail);
    const lost = await request(sut.http)
      .post('/api/auth/login')
      .send({ email: lostEmail, password: 'lost-user-password-1' });
    await sql(`ALTER TABLE users_gone RENAME TO users`);
    expect(lost.status).toBe(500);
    secrets.push('lost-user-password-1');

    const text = lines.join('\n');
    // The log did capture the failures (so the scan below is not of an empty text).
    expect(text).toContain('query failed');
    expect(text).toContain('request failed');
    expect(text).toContain('"statusCode":401');
    for (const secret of secrets) expect([secret, text.includes(secret)]).toEqual([secret, false]);
    expect(text).not.toMatch(/\$argon2/);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
    expect(text).not.toMatch(/"parameters"|PARAMETERS|driverError/);
  });
});
