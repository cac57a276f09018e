import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { creditCodeCheckChar } from '@toolbox/domain';
import request from 'supertest';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { createTestApp, type TestApp } from './harness.js';
import { registerUser, type TestUser } from './factories/users.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { answersAt } from './factories/assessments.js';

/**
 * Property-based fuzzing of every operation in the API's own OpenAPI document (issue 10): path
 * parameters, query strings and JSON bodies of wrong types, `null`, missing and unknown fields,
 * NUL and other control characters, 10–100 KB strings, huge and negative numbers, invalid dates,
 * deep nesting and repeated query parameters — anonymous, with a garbage token and as every role.
 * The property: no answer is a 5xx.
 *
 * Seeded and reproducible: FUZZ_SEED (default below) and FUZZ_RUNS (default 10 000; the
 * nightly-sized run is FUZZ_RUNS=100000). A failure prints the seed and the failing requests.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_010);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = 8;
/** Generous: about 2 ms a request here; the bound scales with FUZZ_RUNS. */
const TIMEOUT_MS = Math.max(180_000, RUNS * 30);

const ADMIN = { email: 'fuzz-admin@example.com', password: 'fuzz-admin-password-1' };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
type Who = 'anonymous' | 'garbage' | 'sme' | 'provider' | 'admin';
const WHO: readonly Who[] = ['anonymous', 'garbage', 'sme', 'provider', 'admin'];

interface Schema {
  type?: string;
  $ref?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, Schema> };
}

interface FuzzOp {
  method: Method;
  path: string;
  pathParams: string[];
  query: Parameter[];
  body: Schema | undefined;
}

interface FuzzRequest {
  op: number;
  who: Who;
  path: string;
  query: string;
  /** JSON text (or deliberately malformed text); undefined = no body. */
  body?: string;
  contentType?: string;
}

// ---------------------------------------------------------------------------------------------
// Values

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u0085',
);
const controlString = fc
  .tuple(fc.string({ maxLength: 20 }), CONTROL, fc.string({ maxLength: 20 }))
  .map(([a, c, b]) => `${a}${c}${b}`);
/** 10–100 KB (ASCII or CJK), cheap to build. */
const longString = fc
  .tuple(fc.integer({ min: 10_000, max: 100_000 }), fc.constantFrom('x', '数', 'a\u0000'))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));
const invalidDate = fc.constantFrom(
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '0000-01-01',
  '99999-01-01',
  '2025-02-29T25:61:61Z',
  '2025-1-1',
  '2025-02-28T00:00:00+99:00',
  'yesterday',
  '1e10',
);
const hugeNumber = fc.constantFrom(
  1e20,
  -1e20,
  2 ** 53,
  -(2 ** 53),
  2 ** 31,
  -(2 ** 31) - 1,
  1e308,
  -1e308,
  1.5,
  -0.5,
  -1,
  0,
);
const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  controlString,
  invalidDate,
  fc.constantFrom('', ' ', 'null', 'undefined', 'true', '[]', '{}', '__proto__', '\ud800', '0x10'),
);
const deep = (inner: unknown): fc.Arbitrary<unknown> =>
  fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
    let v: unknown = inner;
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
    return v;
  });

/** A value of the wrong kind for almost any field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.integer(), weight: 2 },
  { arbitrary: hugeNumber, weight: 3 },
  { arbitrary: fc.double({ noNaN: true }), weight: 1 },
  { arbitrary: weirdString, weight: 4 },
  {
    arbitrary: fc.array(fc.oneof(fc.integer(), weirdString, fc.constant(null)), { maxLength: 30 }),
    weight: 2,
  },
  { arbitrary: fc.object({ maxDepth: 2, maxKeys: 5 }), weight: 2 },
  { arbitrary: deep('x'), weight: 1 },
);

// ---------------------------------------------------------------------------------------------
// From the OpenAPI schemas

function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref === undefined) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return doc.components.schemas[name] ?? {};
}

/** A value that respects the schema's shape (sometimes a valid one), depth-limited. */
function plausible(doc: OpenApiDocument, raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices !== undefined && choices.length > 0 && depth < 3)
    return fc.oneof(...choices.map((c) => plausible(doc, c, depth + 1)));
  switch (schema.type) {
    case 'integer':
    case 'number':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
        max: Math.min(schema.maximum ?? 100_000, 2 ** 31),
      });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausible(doc, schema.items ?? {}, depth + 1), { maxLength: 6 });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectFor(doc, schema, depth + 1);
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date' || schema.format === 'date-time')
        return fc.oneof(fc.constant('2027-03-31'), invalidDate);
      return fc.string({
        minLength: Math.min(schema.minLength ?? 0, 20),
        maxLength: Math.min(schema.maxLength ?? 40, 60),
      });
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer());
  }
}

/** An object of the schema: each property left out, plausible or junk, plus unknown fields. */
function objectFor(doc: OpenApiDocument, schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const props = Object.entries(schema.properties ?? {});
  const fields = props.map(([name, prop]) =>
    fc
      .oneof(
        { arbitrary: fc.constant(undefined), weight: 20 },
        { arbitrary: plausible(doc, prop, depth), weight: 50 },
        { arbitrary: junk, weight: 20 },
        // 10–100 KB: rare per field (they cost bandwidth, not insight), still ~1 body in 20.
        { arbitrary: longString, weight: 1 },
      )
      .map((v) => [name, v] as const),
  );
  const unknown = fc.array(
    fc.tuple(
      fc.constantFrom('isAdmin', 'role', 'status', '__proto__', 'constructor', 'x\u0000'),
      junk,
    ),
    { maxLength: 2 },
  );
  return fc.tuple(fc.tuple(...fields), unknown).map(([known, extra]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of [...known, ...extra]) if (v !== undefined) out[k] = v;
    return out;
  });
}

function operations(doc: OpenApiDocument): FuzzOp[] {
  const ops: FuzzOp[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const params = op.parameters ?? [];
      ops.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query'),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------

describe('fuzzing every route of the OpenAPI document (no 5xx)', () => {
  let sut: TestApp;
  let base: string;
  let doc: OpenApiDocument;
  const tokens = {} as Record<Exclude<Who, 'anonymous' | 'garbage'>, string>;
  /** Tokens that sign-out and password routes may revoke (the fuzz keeps its own alive). */
  const burners: Record<string, string[]> = {};
  const ids: string[] = [];

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // The property is "no 5xx", not rate limiting: keep limits out of the way.
      RATE_LIMIT_PER_MINUTE: '10000000',
      RATE_LIMIT_STORE: 'memory',
      LOGIN_MAX_FAILURES: '1000000',
      LOGIN_ACCOUNT_MAX_FAILURES: '1000000',
    });
    await sut.app.get(AuthService).ensureAdmin();
    const adminToken = await loginAdmin(sut.http, ADMIN.email, ADMIN.password);
    const provider: TestProvider = await registerProvider(sut.http);
    const sme: TestUser = await registerUser(sut.http, 'sme');
    tokens.admin = adminToken;
    tokens.provider = provider.accessToken;
    tokens.sme = sme.accessToken;
    // Real objects, so generated ids sometimes reach past "not found".
    const published = await publishOffering(sut.http, provider, adminToken);
    const draft = await createOffering(sut.http, provider);
    await request(sut.http)
      .put('/api/smes/me')
      .set(...bearer(sme.accessToken))
      .send({
        companyName: '宁波模糊测试机械有限公司',
        creditCode: `91330100MA2XY7RK1${creditCodeCheckChar('91330100MA2XY7RK1')}`,
        industry: 'C34',
        region: '330100',
        employees: 50,
      });
    const assessment = await request(sut.http)
      .post('/api/assessments')
      .set(...bearer(sme.accessToken))
      .send({ answers: answersAt(0, 1) });
    const item = await request(sut.http)
      .post('/api/plans/me/items')
      .set(...bearer(sme.accessToken))
      .send({
        offeringId: published.id,
        scenario: 'production_control',
        priority: 3,
        phase: 'now',
      });
    ids.push(published.id, draft.id, provider.providerId, sme.user.id);
    for (const res of [assessment, item]) {
      const id = (res.body as { id?: unknown }).id;
      if (typeof id === 'string') ids.push(id);
    }
    for (const role of ['sme', 'provider'] as const) {
      burners[role] = [];
      for (let i = 0; i < 3; i++)
        burners[role].push((await registerUser(sut.http, role)).accessToken);
    }
    burners.admin = [adminToken];

    const server = sut.app.getHttpServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    doc = (await (await fetch(`${base}/api/docs-json`)).json()) as OpenApiDocument;
  });
  afterAll(async () => {
    await sut.close();
  });

  function requestFor(op: FuzzOp, index: number): fc.Arbitrary<FuzzRequest> {
    const segment = fc.oneof(
      { arbitrary: fc.constantFrom(...ids), weight: 4 },
      { arbitrary: fc.uuid(), weight: 2 },
      {
        arbitrary: fc.oneof(
          weirdString,
          fc.constantFrom('123', '-1', '0', '%00', '%ZZ', '..', 'x'.repeat(2000)),
        ),
        weight: 2,
      },
    );
    const encode = (s: string): string => {
      if (/^%/.test(s)) return s; // raw, possibly invalid, percent-encoding
      try {
        return encodeURIComponent(s);
      } catch {
        return '%ED%A0%80'; // a lone surrogate: invalid UTF-8 once decoded
      }
    };
    const pathArb = fc
      .tuple(...op.pathParams.map(() => segment))
      .map((values) =>
        op.pathParams.reduce(
          (p, name, i) => p.replace(`{${name}}`, encode(String(values[i]))),
          op.path,
        ),
      );
    const names = [...op.query.map((q) => q.name), 'unknown', 'page[0]', 'q[a]', '__proto__'];
    const queryValue = (param: Parameter | undefined): fc.Arbitrary<string> =>
      fc.oneof(
        {
          arbitrary: plausible(doc, param?.schema ?? {}).map((v) =>
            typeof v === 'string' ? v : JSON.stringify(v),
          ),
          weight: 4,
        },
        { arbitrary: hugeNumber.map(String), weight: 1 },
        {
          arbitrary: fc.constantFrom(
            '99999999999999999999',
            '-99999999999999999999',
            '1e3',
            '0x10',
            '1.5',
            '-0',
          ),
          weight: 1,
        },
        { arbitrary: weirdString, weight: 3 },
        { arbitrary: longString.map((s) => s.slice(0, 1000)), weight: 1 },
      );
    const queryArb = fc
      .array(
        fc
          .constantFrom(...names)
          .chain((name) =>
            queryValue(op.query.find((q) => q.name === name)).map(
              (v) => `${encode(name)}=${encode(v)}`,
            ),
          ),
        { maxLength: 8 },
      )
      // Duplicated parameters: sometimes the same pair twice.
      .chain((pairs) =>
        fc.boolean().map((dup) => (dup && pairs.length > 0 ? [...pairs, pairs[0]] : pairs)),
      )
      .map((pairs) => pairs.join('&'));
    const bodyArb: fc.Arbitrary<{ body?: string; contentType?: string }> =
      op.method === 'get' || op.method === 'delete'
        ? fc.constant({})
        : fc.oneof(
            {
              arbitrary: (op.body !== undefined ? objectFor(doc, resolve(doc, op.body)) : junk).map(
                (v) => ({ body: JSON.stringify(v) }),
              ),
              weight: 7,
            },
            { arbitrary: junk.map((v) => ({ body: JSON.stringify(v) ?? 'null' })), weight: 2 },
            {
              // Malformed or hostile JSON text.
              arbitrary: fc
                .constantFrom(
                  '{"email": "a@b.c",',
                  '{',
                  'nul\u0000',
                  '[1,2',
                  '"\\ud800"',
                  '{"a":1}{"b":2}',
                  '{"__proto__":{"isAdmin":true}}',
                  '['.repeat(5000),
                )
                .map((body) => ({ body })),
              weight: 1,
            },
            { arbitrary: fc.constant({ body: '{"x":1}', contentType: 'text/plain' }), weight: 1 },
            { arbitrary: fc.constant({}), weight: 1 },
          );
    return fc
      .record({ who: fc.constantFrom(...WHO), path: pathArb, query: queryArb, body: bodyArb })
      .map(({ who, path, query, body }) => ({ op: index, who, path, query, ...body }));
  }

  function tokenFor(req: FuzzRequest, op: FuzzOp, n: number): string | undefined {
    if (req.who === 'anonymous') return undefined;
    if (req.who === 'garbage') return 'eyJhbGciOiJIUzI1NiJ9.e30.bm90LWEtc2lnbmF0dXJl';
    // Sign-out and password changes revoke tokens: they get burner accounts' tokens.
    if (/\/auth\/(logout|password)$/.test(op.path)) {
      const pool = burners[req.who] ?? [];
      return pool[n % pool.length];
    }
    return tokens[req.who];
  }

  it(
    `answers ${RUNS} generated requests over every documented operation without a 5xx (seed ${SEED})`,
    async () => {
      const ops = operations(doc);
      expect(ops.length).toBeGreaterThan(30);
      const arb = fc.integer({ min: 0, max: ops.length - 1 }).chain((i) => requestFor(ops[i], i));
      console.log(
        `fuzz: seed ${SEED}, ${RUNS} requests over ${ops.length} operations (FUZZ_SEED, FUZZ_RUNS)`,
      );
      const requests = fc.sample(arb, { seed: SEED, numRuns: RUNS });
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        for (let n = next++; n < requests.length; n = next++) {
          const req = requests[n];
          const op = ops[req.op];
          const headers: Record<string, string> = {};
          const token = tokenFor(req, op, n);
          if (token !== undefined) headers.authorization = `Bearer ${token}`;
          if (req.body !== undefined)
            headers['content-type'] = req.contentType ?? 'application/json';
          const url = `${base}${req.path}${req.query === '' ? '' : `?${req.query}`}`;
          const res = await fetch(url, {
            method: op.method.toUpperCase(),
            headers,
            body: req.body,
          });
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) {
            failures.push(
              `#${n} ${op.method.toUpperCase()} ${op.path} as ${req.who}: ${res.status} ${text.slice(0, 200)}\n` +
                `  url: ${url.slice(0, 300)}\n  body: ${(req.body ?? '').slice(0, 300)}`,
            );
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const summary = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, c]) => `${s}×${c}`);
      console.log(
        `fuzz: seed ${SEED}, ${requests.length} requests: ${summary.join(' ')}; 5xx: ${failures.length}`,
      );
      expect(failures).toEqual([]);
      expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    },
    TIMEOUT_MS,
  );
});
