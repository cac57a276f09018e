import { isIP } from 'node:net';

/**
 * Every environment variable the API reads, validated once at boot into one typed object.
 * `.env.example` and the README table list the same variables.
 */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  /** Address the API listens on: loopback unless HOST says otherwise (see exposure.ts). */
  readonly host: string;
  /**
   * Express `trust proxy`: which hops' X-Forwarded-For to believe for the client address
   * (rate limits, login throttling). false | true | a hop count | addresses/subnets.
   */
  readonly trustProxy: boolean | number | readonly string[];
  readonly databaseUrl: string;
  readonly meiliUrl: string;
  readonly meiliMasterKey: string | undefined;
  /**
   * Key for writes (documents, settings, tasks); the master key when unset. Production: a key
   * with only those actions on the index prefix, and no master key in the API's environment.
   */
  readonly meiliAdminKey: string | undefined;
  /** Search-only key for queries; derived at start-up through /keys when unset. */
  readonly meiliSearchKey: string | undefined;
  /** Prefix of every Meilisearch index uid; lets several test files share one server. */
  readonly meiliIndexPrefix: string;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly adminEmail: string | undefined;
  readonly adminPassword: string | undefined;
  readonly seedDemo: boolean;
  readonly rateLimitPerMinute: number;
  /**
   * Where rate-limit and login-failure counters live: `postgres` (shared by every instance, the
   * default) or `memory` (this process only: `npm start`'s embedded single-instance mode).
   */
  readonly rateLimitStore: 'postgres' | 'memory';
  readonly loginMaxFailures: number;
  readonly loginWindowSeconds: number;
  /** Failed logins per email from any address within LOGIN_ACCOUNT_WINDOW_S before 429. */
  readonly loginAccountMaxFailures: number;
  readonly loginAccountWindowSeconds: number;
  readonly docsEnabled: boolean;
  readonly corsOrigins: readonly string[];
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Directory of the built web app to serve at `/`; unset = API only. */
  readonly webDistDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;
const RATE_LIMIT_STORES = ['postgres', 'memory'] as const;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  required(name: string, hint: string): string {
    const value = this.raw(name);
    if (value === undefined) this.problems.push(`${name} is required (${hint})`);
    return value ?? '';
  }

  optional(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return Number(value);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const found = values.find((v) => v === value);
    if (found === undefined) {
      this.problems.push(`${name} must be one of ${values.join(', ')} (got "${value}")`);
      return fallback;
    }
    return found;
  }

  url(name: string, protocols: readonly string[], hint: string): string {
    const value = this.required(name, hint);
    if (value === '') return value;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(
          `${name} must be a ${protocols.join(' or ')} URL (got "${parsed.protocol}")`,
        );
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Express's names for address ranges, accepted in TRUST_PROXY lists. */
const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: `false` (trust no proxy: the socket address is the client), `true` (trust every
 * hop: only behind a proxy that overwrites X-Forwarded-For), a hop count, or a comma list of
 * addresses, CIDR subnets and Express's names (loopback, linklocal, uniquelocal). Default
 * `loopback`: a proxy on the same machine.
 */
export function parseTrustProxy(
  raw: string | undefined,
  problems: string[],
): boolean | number | readonly string[] {
  if (raw === undefined) return ['loopback'];
  const value = raw.toLowerCase();
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 0 && hops <= 100) return hops;
    problems.push(`TRUST_PROXY hop count must be 1 to 100 (got "${raw}"); use false for none`);
    return ['loopback'];
  }
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = entries.filter((e) => !isTrustEntry(e));
  if (entries.length === 0 || bad.length > 0) {
    problems.push(
      `TRUST_PROXY must be false, true, a hop count or a comma list of addresses, subnets (a.b.c.d/nn) and loopback|linklocal|uniquelocal (bad: "${bad.join(', ') || raw}")`,
    );
    return ['loopback'];
  }
  return entries;
}

function isTrustEntry(entry: string): boolean {
  if (TRUST_PROXY_NAMES.includes(entry.toLowerCase())) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

export function loadConfig(env: Env): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', NODE_ENVS, 'production');
  const config: AppConfig = {
    nodeEnv,
    port: r.int('PORT', 3000, 1, 65535),
    host: r.optional('HOST') ?? '127.0.0.1',
    trustProxy: parseTrustProxy(r.optional('TRUST_PROXY'), r.problems),
    databaseUrl: r.url(
      'DATABASE_URL',
      ['postgres:', 'postgresql:'],
      'e.g. postgres://user:pass@host:5432/db; `npm start` sets it for the embedded server',
    ),
    meiliUrl: r.url(
      'MEILI_URL',
      ['http:', 'https:'],
      'e.g. http://127.0.0.1:7700; `npm start` sets it for the embedded server',
    ),
    meiliMasterKey: r.optional('MEILI_MASTER_KEY'),
    meiliAdminKey: r.optional('MEILI_ADMIN_KEY'),
    meiliSearchKey: r.optional('MEILI_SEARCH_KEY'),
    meiliIndexPrefix: r.optional('MEILI_INDEX_PREFIX') ?? '',
    jwtSecret: r.required('JWT_SECRET', 'at least 32 random characters'),
    jwtTtlSeconds: r.int('JWT_TTL_S', 12 * 3600, 60, 30 * 24 * 3600),
    adminEmail: r.optional('ADMIN_EMAIL')?.toLowerCase(),
    adminPassword: r.optional('ADMIN_PASSWORD'),
    seedDemo: r.bool('SEED_DEMO', false),
    rateLimitPerMinute: r.int('RATE_LIMIT_PER_MINUTE', 1000, 1, 10_000_000),
    rateLimitStore: r.oneOf('RATE_LIMIT_STORE', RATE_LIMIT_STORES, 'postgres'),
    loginMaxFailures: r.int('LOGIN_MAX_FAILURES', 10, 1, 1_000_000),
    loginWindowSeconds: r.int('LOGIN_WINDOW_S', 900, 1, 30 * 24 * 3600),
    loginAccountMaxFailures: r.int('LOGIN_ACCOUNT_MAX_FAILURES', 50, 1, 1_000_000),
    loginAccountWindowSeconds: r.int('LOGIN_ACCOUNT_WINDOW_S', 3600, 1, 30 * 24 * 3600),
    docsEnabled: r.bool('DOCS_ENABLED', true),
    corsOrigins: (r.optional('CORS_ORIGINS') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    logLevel: r.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    webDistDir: r.optional('WEB_DIST_DIR'),
  };

  if (config.jwtSecret !== '' && config.jwtSecret.length < 32) {
    r.problems.push('JWT_SECRET must be at least 32 characters long');
  }
  if (config.meiliIndexPrefix !== '' && !/^[A-Za-z0-9_-]+$/.test(config.meiliIndexPrefix)) {
    r.problems.push('MEILI_INDEX_PREFIX may contain only letters, digits, - and _');
  }
  if ((config.adminEmail === undefined) !== (config.adminPassword === undefined)) {
    r.problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (config.adminEmail !== undefined && !EMAIL.test(config.adminEmail)) {
    r.problems.push('ADMIN_EMAIL must be an email address');
  }
  if (config.adminPassword !== undefined && config.adminPassword.length < 10) {
    r.problems.push('ADMIN_PASSWORD must be at least 10 characters long');
  }
  for (const origin of config.corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/]+$/.test(origin)) {
      r.problems.push(`CORS_ORIGINS entry "${origin}" must be an origin like https://example.com`);
    }
  }
  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
