/**
 * `npm run bench:adapters` (tsx scripts/bench/adapters.ts): what an HTTP framework costs per
 * request, measured in one run (issue 13, part 3; docs/adr/0013-http-adapter.md).
 *
 * Each variant is a server in its own child process answering `GET /api/search/offerings` with
 * the same work: a query DTO like the API's `SearchOfferingsQuery` through a global ValidationPipe
 * with the API's options, a global guard (an in-memory per-address counter, as the rate limit in
 * its embedded mode), and a ~15 KiB JSON search page serialised per request. The client is the
 * benchmark's own keep-alive `node:http` client (scripts/bench/lib/http.ts) in this process.
 *
 *   node:http            the same work without a framework: the floor of any adapter
 *   nest-express         NestJS on @nestjs/platform-express (what the API runs on)
 *   nest-express+mw      the same plus the API's helmet and pino-http middleware (level warn)
 *   nest-fastify         NestJS on @nestjs/platform-fastify, when it is installed
 *
 *   npm run bench:adapters                      1 and 16 clients, 3000 / 6000 requests
 *   npm run bench:adapters -- --requests 1000   fewer requests per phase (1 client; 16 get twice)
 */
import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import {
  type CanActivate,
  Controller,
  type ExecutionContext,
  Get,
  type INestApplication,
  Module,
  Query,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validate,
} from 'class-validator';
import type { SearchItem, SearchResponse } from '@toolbox/contracts';

import { HttpClient, type LatencyStats, runFixedConcurrency } from './lib/http.js';

const VARIANTS = ['node:http', 'nest-express', 'nest-express+mw', 'nest-fastify'] as const;
type Variant = (typeof VARIANTS)[number];
const FASTIFY = '@nestjs/platform-fastify';
const PATH = '/api/search/offerings';
const QUERIES = [
  'q=%E6%8A%A5%E5%B7%A5', // 报工
  'q=ERP&page=1&pageSize=20',
  'scenario=planning_scheduling&stage=1&stage=2',
  'q=quality&kind=saas&sort=rating',
];

// ── The work every variant does ────────────────────────────────────────────────────────

const OFFERING_KINDS = ['saas', 'service', 'hardware'];
const SEARCH_SORTS = ['relevance', 'price_asc', 'price_desc', 'rating', 'newest'];
const toArray = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value : value === undefined ? undefined : [value];
const toInts = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value)
    ? (value as unknown[]).map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v))
    : typeof value === 'string' && /^\d+$/.test(value)
      ? Number(value)
      : value;

/**
 * The search query as the API declares it (`SearchOfferingsQuery` in libs/contracts: the same
 * fields and kinds of rules). Declared here because tsx compiles files outside scripts/ with
 * standard decorators, which class-validator's do not support.
 */
class SearchOfferingsQuery {
  @IsOptional() @Transform(toInts) @IsInt() @Min(1) @Max(500) page?: number;
  @IsOptional() @Transform(toInts) @IsInt() @Min(1) @Max(100) pageSize?: number;
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Matches(/^\P{Cc}*$/u)
  @MaxLength(200)
  q?: string;
  @IsOptional() @Transform(toArray) @Matches(/^[a-z_]+$/, { each: true }) scenario?: string[];
  @IsOptional() @Transform(toArray) @Matches(/^[a-z_]+$/, { each: true }) industry?: string[];
  @IsOptional()
  @Transform(toArray)
  @Transform(toInts)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(4, { each: true })
  stage?: number[];
  @IsOptional() @Transform(toArray) @IsIn(OFFERING_KINDS, { each: true }) kind?: string[];
  @IsOptional() @Matches(/^\d{6}$/) region?: string;
  @IsOptional() @Transform(toInts) @IsInt() @Min(0) maxMonthlyPriceCents?: number;
  @IsOptional() @IsIn(SEARCH_SORTS) sort?: string;
}

const VALIDATION = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  stopAtFirstError: false,
};

/** A search page of 20 items, ~15 KiB of JSON like the API's (ids, bilingual text, arrays). */
function searchPage(): SearchResponse {
  const items: SearchItem[] = Array.from({ length: 20 }, (_, i) => ({
    id: `0f3c6a2e-4b1d-4c7e-9a55-${String(100000000000 + i)}`,
    title: `云端生产排产与报工系统 · 第${i}版 制造业专版`,
    titleEn: `Cloud production scheduling and shop-floor reporting, edition ${i}`,
    summary:
      '面向中小制造企业的排产、报工、质量追溯一体化工具，支持扫码报工、工序进度看板与异常预警，开箱即用。',
    summaryEn:
      'Scheduling, shop-floor reporting and quality traceability for small manufacturers: scan to report, progress boards and alerts, ready to use.',
    kind: 'saas',
    scenarios: ['planning_scheduling', 'quality'],
    industries: ['machinery', 'electronics'],
    stages: [1, 2],
    regions: ['310000', '320000', '330000'],
    deployment: 'cloud',
    deliveryDays: 14,
    minMonthlyPriceCents: 49_900,
    rating: 4.6,
    tags: ['排产', '报工', 'MES', '质量追溯'],
    provider: { id: `7b1e2c3d-0000-4000-8000-${String(200000000000 + i)}`, name: '智造云科' },
    highlight: { title: `云端生产排产与\u0001报工\u0002系统 · 第${i}版` },
  }));
  return {
    items,
    total: 7025,
    page: 1,
    pageSize: 20,
    facets: {
      scenarios: { planning_scheduling: 3100, quality: 1200 },
      industries: { machinery: 2400, electronics: 1900 },
      stages: { '1': 3000, '2': 2500 },
      kinds: { saas: 5000, service: 2025 },
    },
    processingTimeMs: 3,
  };
}

const PAGE = searchPage();

/** A fresh answer object per request (the API maps Meilisearch's hits into a new one). */
function answer(query: SearchOfferingsQuery): SearchResponse {
  return { ...PAGE, items: PAGE.items.map((item) => ({ ...item })), page: query.page ?? 1 };
}

/** The guard's work: one in-memory counter per client address and minute. */
const hits = new Map<string, number>();
function count(address: string): boolean {
  const key = `req|${address}|${Math.floor(Date.now() / 60_000)}`;
  const n = (hits.get(key) ?? 0) + 1;
  hits.set(key, n);
  return n <= 10_000_000;
}

class CountingGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest<{ ip?: string }>();
    return count(req.ip ?? 'unknown');
  }
}

@Controller('search')
class SearchController {
  @Get('offerings')
  offerings(@Query() query: SearchOfferingsQuery): SearchResponse {
    return answer(query);
  }
}

@Module({ controllers: [SearchController] })
class BenchModule {}

// ── Servers (one child process per variant) ────────────────────────────────────────────

async function nestApp(variant: Variant): Promise<INestApplication> {
  const options = { logger: false as const, abortOnError: false };
  let app: INestApplication;
  if (variant === 'nest-fastify') {
    const { FastifyAdapter } = (await import(FASTIFY)) as {
      FastifyAdapter: new () => Parameters<typeof NestFactory.create>[1];
    };
    app = await NestFactory.create(BenchModule, new FastifyAdapter() as never, options);
  } else {
    app = await NestFactory.create(BenchModule, options);
  }
  app.setGlobalPrefix('api');
  // tsx (esbuild) emits no decorator metadata: name the DTO instead of reading the param type.
  app.useGlobalPipes(new ValidationPipe({ ...VALIDATION, expectedType: SearchOfferingsQuery }));
  app.useGlobalGuards(new CountingGuard());
  if (variant === 'nest-express+mw') {
    const { default: helmet } = await import('helmet');
    const { pinoHttp } = await import('pino-http');
    const { pino } = await import('pino');
    app.use(helmet());
    app.use(pinoHttp({ logger: pino({ level: 'warn' }) }));
  }
  return app;
}

/** The floor: Node's own server doing the same parsing, validation, counting and JSON. */
function bareServer(): http.Server {
  return http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (req.method !== 'GET' || url.pathname !== PATH) {
        res.writeHead(404).end();
        return;
      }
      if (!count(req.socket.remoteAddress ?? 'unknown')) {
        res.writeHead(429).end();
        return;
      }
      const plain: Record<string, string | string[]> = {};
      for (const [k, v] of url.searchParams) {
        const had = plain[k];
        plain[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
      }
      const query = plainToInstance(SearchOfferingsQuery, plain);
      const errors = await validate(query, { whitelist: true, forbidNonWhitelisted: true });
      const body = JSON.stringify(errors.length > 0 ? { statusCode: 400 } : answer(query));
      res.writeHead(errors.length > 0 ? 400 : 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    })();
  });
}

async function serve(variant: Variant): Promise<void> {
  let port: number;
  if (variant === 'node:http') {
    const server = bareServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  } else {
    const app = await nestApp(variant);
    await app.listen(0, '127.0.0.1');
    port = ((app.getHttpServer() as http.Server).address() as { port: number }).port;
  }
  process.send?.({ port });
}

// ── The run ────────────────────────────────────────────────────────────────────────────

interface Row {
  variant: Variant;
  clients: number;
  stats: LatencyStats | null;
  note?: string;
}

function fastifyInstalled(): boolean {
  try {
    import.meta.resolve(FASTIFY);
    return true;
  } catch {
    return false;
  }
}

function start(variant: Variant): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', variant], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${variant} server exited (${code})`)));
  });
}

async function measure(variant: Variant, requests: number): Promise<Row[]> {
  const { child, port } = await start(variant);
  const rows: Row[] = [];
  try {
    for (const clients of [1, 16]) {
      const client = new HttpClient(`http://127.0.0.1:${port}`, clients);
      const first = await client.request({ method: 'GET', path: `${PATH}?${QUERIES[0]}` });
      if (first.status !== 200) throw new Error(`${variant} answered ${first.status}`);
      const n = clients === 1 ? requests : requests * 2;
      const run = await runFixedConcurrency(
        { concurrency: clients, warmup: Math.min(500, n), requests: n, maxMs: 120_000 },
        async (i) => {
          const r = await client.request({
            method: 'GET',
            path: `${PATH}?${QUERIES[i % QUERIES.length]}`,
          });
          return { ms: r.ms, ok: r.status === 200 };
        },
      );
      client.close();
      rows.push({ variant, clients, stats: run.stats });
    }
  } finally {
    child.kill();
  }
  return rows;
}

const f = (n: number): string => n.toFixed(2);

function table(rows: readonly Row[]): string {
  const floor = new Map(
    rows.filter((r) => r.variant === 'node:http').map((r) => [r.clients, r.stats]),
  );
  const lines = [
    '| variant | clients | n | errors | p50 ms | p95 ms | req/s | p50 over node:http ms |',
    '| ------- | ------: | -: | -----: | -----: | -----: | ----: | --------------------: |',
  ];
  for (const r of rows) {
    if (r.stats === null) {
      lines.push(`| ${r.variant} | ${r.clients} | – | – | – | – | – | ${r.note ?? ''} |`);
      continue;
    }
    const base = floor.get(r.clients);
    const over = base === undefined || base === null ? '–' : f(r.stats.p50 - base.p50);
    lines.push(
      `| ${r.variant} | ${r.clients} | ${r.stats.n} | ${r.stats.errors} | ${f(r.stats.p50)} | ${f(r.stats.p95)} | ${r.stats.rps.toFixed(0)} | ${over} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--requests');
  const requests = at >= 0 ? Number(args[at + 1]) : 3000;
  if (!Number.isInteger(requests) || requests < 100) throw new Error('--requests must be ≥ 100');
  const uptime = (): string => execSync('uptime').toString().trim();
  process.stdout.write(`load before: ${uptime()}\n`);
  const rows: Row[] = [];
  for (const variant of VARIANTS) {
    if (variant === 'nest-fastify' && !fastifyInstalled()) {
      const note = `not installed (npm i -D -E ${FASTIFY}@12.5.0)`;
      rows.push(
        { variant, clients: 1, stats: null, note },
        { variant, clients: 16, stats: null, note },
      );
      continue;
    }
    process.stdout.write(`measuring ${variant} …\n`);
    rows.push(...(await measure(variant, requests)));
  }
  process.stdout.write(`load after: ${uptime()}\n\n${table(rows)}\n`);
}

if (process.argv[2] === '--serve') {
  const variant = process.argv[3] as Variant;
  if (!VARIANTS.includes(variant)) throw new Error(`unknown variant ${variant}`);
  await serve(variant);
} else {
  await main();
}
