import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  MEILI_URL: 'http://127.0.0.1:7700',
  JWT_SECRET: 'x'.repeat(32),
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const sut = loadConfig(base);
    expect(sut).toMatchObject({
      port: 3000,
      rateLimitPerMinute: 1000,
      rateLimitStore: 'postgres',
      loginMaxFailures: 10,
      loginWindowSeconds: 900,
      docsEnabled: true,
      seedDemo: false,
      corsOrigins: [],
    });
  });

  it('reads every variable', () => {
    const sut = loadConfig({
      ...base,
      PORT: '8080',
      ADMIN_EMAIL: 'Admin@Example.com',
      ADMIN_PASSWORD: 'admin-password',
      SEED_DEMO: 'true',
      RATE_LIMIT_PER_MINUTE: '50',
      RATE_LIMIT_STORE: 'memory',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_WINDOW_S: '60',
      DOCS_ENABLED: 'false',
      CORS_ORIGINS: 'https://a.example.com, http://localhost:5173',
    });
    expect(sut).toMatchObject({
      port: 8080,
      adminEmail: 'admin@example.com',
      seedDemo: true,
      rateLimitPerMinute: 50,
      rateLimitStore: 'memory',
      loginMaxFailures: 3,
      loginWindowSeconds: 60,
      docsEnabled: false,
      corsOrigins: ['https://a.example.com', 'http://localhost:5173'],
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ MEILI_URL: 'not a url' }, 'MEILI_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ ADMIN_EMAIL: 'admin@example.com' }, 'ADMIN_PASSWORD'],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ RATE_LIMIT_STORE: 'redis' }, 'RATE_LIMIT_STORE'],
    [{ DOCS_ENABLED: 'nope' }, 'DOCS_ENABLED'],
    [{ CORS_ORIGINS: 'example.com/path' }, 'CORS_ORIGINS'],
  ])('names the bad variable in %j', (override, name) => {
    const found = problems({ ...base, ...override });
    expect(found.some((p) => p.includes(name))).toBe(true);
  });

  it('lists every missing required variable at once', () => {
    const found = problems({});
    expect(found.join('\n')).toMatch(/DATABASE_URL[\s\S]*MEILI_URL[\s\S]*JWT_SECRET/);
  });
});

describe('HOST, TRUST_PROXY and the per-account login cap (issue 10)', () => {
  it('defaults to loopback: listen on 127.0.0.1, trust a proxy on this machine only, 50 failures an hour per account', () => {
    expect(loadConfig(base)).toMatchObject({
      host: '127.0.0.1',
      trustProxy: ['loopback'],
      loginAccountMaxFailures: 50,
      loginAccountWindowSeconds: 3600,
    });
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.7,loopback', ['10.0.0.0/8', '192.168.1.7', 'loopback']],
    ['fd00::/8,::1', ['fd00::/8', '::1']],
  ])('reads TRUST_PROXY=%s', (raw, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it.each(['0', '10.0.0.0/33', 'proxy.example.com', '10.0.0.1/8/2', ','])(
    'rejects TRUST_PROXY=%s naming the variable',
    (raw) => {
      expect(problems({ ...base, TRUST_PROXY: raw }).join()).toMatch(/TRUST_PROXY/);
    },
  );

  it('reads HOST and the per-account cap', () => {
    expect(
      loadConfig({
        ...base,
        HOST: '0.0.0.0',
        LOGIN_ACCOUNT_MAX_FAILURES: '20',
        LOGIN_ACCOUNT_WINDOW_S: '7200',
      }),
    ).toMatchObject({
      host: '0.0.0.0',
      loginAccountMaxFailures: 20,
      loginAccountWindowSeconds: 7200,
    });
  });
});
