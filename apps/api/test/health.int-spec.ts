import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './harness.js';
import { startTcpProxy } from './tcp-proxy.js';
import { TestClock } from './test-clock.js';
import { HEALTH_CACHE_MS } from '../src/modules/health/health.service.js';
import { pendingSchemaChanges } from '../src/database/schema-check.js';

describe('health and schema', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => {
    await sut.close();
  });

  it('answers 200 with db and search up', async () => {
    const res = await request(sut.http).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', search: 'up' });
  });

  it('has no entity change without a migration', async () => {
    expect(await pendingSchemaChanges(sut.app.get(DataSource))).toEqual([]);
  });

  it('serves the OpenAPI document with every route', async () => {
    const res = await request(sut.http).get('/api/docs-json').expect(200);
    const paths = Object.keys((res.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/auth/me',
        '/api/health',
      ]),
    );
    const schemas = (res.body as { components: { schemas: Record<string, unknown> } }).components
      .schemas;
    expect(schemas).toHaveProperty('RegisterRequest');
    expect(schemas).toHaveProperty('AuthResponseSchema');
  });
});

describe('health when a dependency is down', () => {
  it('answers 503 naming Meilisearch when it cannot be reached', async () => {
    const sut = await createTestApp({ MEILI_URL: 'http://127.0.0.1:9' });
    try {
      const res = await request(sut.http).get('/api/health').expect(503);
      expect(res.body).toEqual({ status: 'degraded', db: 'up', search: 'down' });
    } finally {
      await sut.close();
    }
  });

  it('answers 503 naming the database when PostgreSQL goes away, and 503 (not 500) on writes', async () => {
    const pgUrl = new URL(process.env.TEST_DATABASE_URL!);
    const proxy = await startTcpProxy(pgUrl.hostname, Number(pgUrl.port));
    const clock = new TestClock(Date.UTC(2030, 0, 15, 12, 0, 0));
    const sut = await createTestApp({}, { databaseProxyPort: proxy.port, clock });
    try {
      await request(sut.http).get('/api/health').expect(200);
      await proxy.cut();
      clock.advance(HEALTH_CACHE_MS); // past the cached answer
      const health = await request(sut.http).get('/api/health').expect(503);
      expect(health.body).toEqual({ status: 'degraded', db: 'down', search: 'up' });
      const write = await request(sut.http)
        .post('/api/auth/register')
        .send({ email: 'x@example.com', password: 'long-enough-1', name: 'x', role: 'sme' });
      expect(write.status).toBe(503);
      expect(write.body).toMatchObject({ statusCode: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(write.headers['retry-after']).toBeDefined();
    } finally {
      await proxy.close();
      await sut.close().catch(() => undefined);
    }
  });
});
