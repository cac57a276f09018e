/**
 * `npm run bench:load`: a bounded load test on loopback. Starts a fresh stack (embedded
 * PostgreSQL + Meilisearch, temporary data dir), creates its own SMEs, providers and published
 * offerings through the API, then runs CLIENTS concurrent clients for DURATION_S seconds over a
 * realistic mix of routes and prints, per route, requests, p50/p95/p99 and status counts, the
 * errors (5xx, network, unintended 4xx) and the API's RSS at start and end.
 *
 * RATE_LIMIT_PER_MINUTE is raised to its maximum for the run: every client shares one address.
 * Usage: npm run bench:load [-- --clients 100 --duration 60]
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { freePort } from '../lib/services.js';
import { API_MAIN, startStack } from '../start.js';
import { findChildPid } from './lib/machine.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    duration: { type: 'string', default: '60' },
  },
});
const CLIENTS = Number(values.clients);
const DURATION_S = Number(values.duration);
const SMES = 40;
const PROVIDERS = 10;
const OFFERINGS_PER_PROVIDER = 5;

type Json = Record<string, unknown>;
interface Res {
  status: number;
  body: Json;
}

let base = '';

async function call(method: string, url: string, token?: string, body?: unknown): Promise<Res> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let parsed: Json;
  try {
    parsed = text === '' ? {} : (JSON.parse(text) as Json);
  } catch {
    parsed = {};
  }
  return { status: res.status, body: parsed };
}

async function must(method: string, url: string, token?: string, body?: unknown): Promise<Json> {
  const res = await call(method, url, token, body);
  if (res.status >= 300) {
    throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return res.body;
}

function rssMb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? null : Math.round(Number(m[1]) / 1024);
  } catch {
    return null;
  }
}

const SCENARIOS = ['production_control', 'quality', 'finance', 'energy', 'equipment'] as const;

function offeringBody(i: number): Json {
  return {
    title: `负载测试方案 ${i} 云MES`,
    titleEn: `Load offering ${i}`,
    summary: '扫码报工、工单进度、质量记录',
    description: '面向离散制造中小企业的轻量级制造执行系统。',
    kind: 'saas',
    scenarios: [SCENARIOS[i % SCENARIOS.length]],
    industries: ['C34'],
    stages: [1, 2],
    regions: [],
    deployment: 'public_cloud',
    deliveryDays: 7,
    plans: [{ name: '基础版', billingPeriod: 'month', priceCents: 10000 + i * 100, trialDays: 14 }],
    tags: ['负载'],
  };
}

function creditCode(first17: string): string {
  // GB 32100-2015 check character.
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(first17[i]) * weights[i];
  return `${first17}${chars[(31 - (sum % 31)) % 31]}`;
}

interface Sme {
  token: string;
  items: string[];
}
interface Provider {
  token: string;
  drafts: string[];
}

async function answers(): Promise<Json> {
  const q = await must('GET', '/api/assessments/questionnaire');
  const out: Json = {};
  const dims = (q.dimensions ?? []) as {
    indicators: { code: string; kind: string; multiple?: boolean; options: { code: string }[] }[];
  }[];
  for (const d of dims) {
    for (const ind of d.indicators) {
      if (ind.kind !== 'rating' && ind.multiple === true) out[ind.code] = [];
      else out[ind.code] = ind.options[Math.min(1, ind.options.length - 1)].code;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'toolbox-load-'));
  const port = await freePort();
  const admin = {
    email: 'load-admin@toolbox.local',
    password: `Load-${randomBytes(12).toString('hex')}`,
  };
  const controller = new AbortController();
  console.log(`starting the stack on port ${port} (data ${dataDir})`);
  const stack = await startStack({
    port,
    dataDir,
    build: true,
    signal: controller.signal,
    env: {
      SEED_DEMO: 'false',
      // Every client shares 127.0.0.1: the per-address limit is raised for the run.
      RATE_LIMIT_PER_MINUTE: '10000000',
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    },
    say: (line: string) => console.log(`  ${line}`),
  });
  base = stack.url;
  const apiPid = findChildPid(API_MAIN);
  try {
    const adminToken = (await must('POST', '/api/auth/login', undefined, admin))
      .accessToken as string;
    const stamp = randomBytes(3).toString('hex');
    const providers: Provider[] = [];
    const published: string[] = [];
    for (let p = 0; p < PROVIDERS; p++) {
      const reg = await must('POST', '/api/auth/register', undefined, {
        email: `load-p${p}-${stamp}@example.com`,
        password: 'load-password-1',
        name: `负载服务商${p}`,
        role: 'provider',
      });
      const token = reg.accessToken as string;
      await must('PUT', '/api/providers/me', token, {
        name: `负载服务商${p}`,
        kind: 'industrial_internet_platform',
        description: '负载测试',
      });
      const drafts: string[] = [];
      for (let i = 0; i < OFFERINGS_PER_PROVIDER; i++) {
        const o = await must('POST', '/api/offerings', token, offeringBody(p * 10 + i));
        const id = o.id as string;
        await must('POST', `/api/offerings/${id}/submit`, token);
        await must('POST', `/api/admin/offerings/${id}/approve`, adminToken);
        published.push(id);
      }
      // A draft per provider for in-place edits.
      drafts.push(
        (await must('POST', '/api/offerings', token, offeringBody(p * 10 + 9))).id as string,
      );
      providers.push({ token, drafts });
    }
    const full = await answers();
    const smes: Sme[] = [];
    for (let s = 0; s < SMES; s++) {
      const reg = await must('POST', '/api/auth/register', undefined, {
        email: `load-s${s}-${stamp}@example.com`,
        password: 'load-password-1',
        name: `负载制造${s}`,
        role: 'sme',
      });
      const token = reg.accessToken as string;
      const code = creditCode(`91330100MA${String(100000 + s).slice(-6)}X`.slice(0, 17));
      await must('PUT', '/api/smes/me', token, {
        companyName: `负载制造有限公司${s}`,
        creditCode: code,
        industry: 'C34',
        region: '330100',
        employees: 50,
      });
      await must('POST', '/api/assessments', token, { answers: full });
      const item = await must('POST', '/api/plans/me/items', token, {
        title: '上线扫码报工',
        scenario: 'production_control',
        priority: 3,
        phase: 'now',
      });
      smes.push({ token, items: [item.id as string] });
    }
    console.log(
      `setup: ${PROVIDERS} providers, ${published.length} published offerings, ${SMES} SMEs`,
    );

    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
    const QUERIES = ['MES', '云', '质量', '能耗', 'ERP', '报工', ''];
    let approvals = 0;
    const routes: [string, number, () => Promise<Res>][] = [
      [
        'search',
        35,
        () =>
          call('GET', `/api/search/offerings?q=${encodeURIComponent(pick(QUERIES))}&pageSize=20`),
      ],
      [
        'search facets',
        5,
        () =>
          call('GET', `/api/search/offerings?scenario=${pick(SCENARIOS)}&stage=1&sort=price_asc`),
      ],
      ['offering page', 20, () => call('GET', `/api/offerings/${pick(published)}`)],
      ['matches', 10, () => call('GET', '/api/matches?limit=10', pick(smes).token)],
      [
        'assessment submit',
        5,
        () => call('POST', '/api/assessments', pick(smes).token, { answers: full }),
      ],
      [
        'plan edit',
        10,
        () => {
          const s = pick(smes);
          return call('PATCH', `/api/plans/me/items/${s.items[0]}`, s.token, {
            priority: 1 + Math.floor(Math.random() * 5),
          });
        },
      ],
      ['plan read', 5, () => call('GET', '/api/plans/me', pick(smes).token)],
      [
        'provider edit',
        6,
        () => {
          const p = pick(providers);
          return call('PATCH', `/api/offerings/${p.drafts[0]}`, p.token, {
            summary: `更新于 ${Date.now()}`,
          });
        },
      ],
      [
        'admin approval',
        4,
        async () => {
          // A published offering's revision: edit, submit (the revision), approve.
          const p = pick(providers);
          const id = pick(published);
          const mine = await call('GET', `/api/offerings/${id}`, p.token);
          if (mine.status !== 200) return mine;
          const o = await call('POST', '/api/offerings', p.token, offeringBody(1000 + approvals++));
          if (o.status !== 201) return o;
          const oid = o.body.id as string;
          const sub = await call('POST', `/api/offerings/${oid}/submit`, p.token);
          if (sub.status !== 200) return sub;
          return call('POST', `/api/admin/offerings/${oid}/approve`, adminToken);
        },
      ],
    ];
    const totalWeight = routes.reduce((a, r) => a + r[1], 0);
    const choose = (): (typeof routes)[number] => {
      let x = Math.random() * totalWeight;
      for (const r of routes) if ((x -= r[1]) < 0) return r;
      return routes[0];
    };
    const stats = new Map<string, { ms: number[]; status: Map<string, number> }>();
    const errors: string[] = [];
    const rssStart = rssMb(apiPid);
    const deadline = performance.now() + DURATION_S * 1000;
    console.log(
      `load: ${CLIENTS} clients for ${DURATION_S} s (API RSS at start ${String(rssStart)} MB)`,
    );
    const client = async (): Promise<void> => {
      while (performance.now() < deadline) {
        const [name, , run] = choose();
        const t0 = performance.now();
        let status: string;
        try {
          const res = await run();
          status = String(res.status);
          if (
            res.status >= 500 ||
            (res.status >= 400 && res.status !== 429 && res.status !== 409)
          ) {
            if (errors.length < 20)
              errors.push(`${name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          }
        } catch (e) {
          status = 'network';
          if (errors.length < 20)
            errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
        const s = stats.get(name) ?? { ms: [], status: new Map<string, number>() };
        s.ms.push(performance.now() - t0);
        s.status.set(status, (s.status.get(status) ?? 0) + 1);
        stats.set(name, s);
      }
    };
    // RSS every 10 s: flat means the second half grows no more than noise after warm-up.
    const rssSeries: (number | null)[] = [];
    const sampler = setInterval(() => rssSeries.push(rssMb(apiPid)), 10_000);
    await Promise.all(Array.from({ length: CLIENTS }, () => client()));
    clearInterval(sampler);
    const rssEnd = rssMb(apiPid);

    const q = (xs: number[], p: number): number =>
      xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
    let total = 0;
    let bad = 0;
    console.log('\n| route | requests | p50 ms | p95 ms | p99 ms | statuses |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const [name] of routes) {
      const s = stats.get(name);
      if (s === undefined) continue;
      const ms = [...s.ms].sort((a, b) => a - b);
      total += ms.length;
      for (const [code, n] of s.status) {
        const c = Number(code);
        if (code === 'network' || c >= 500 || (c >= 400 && c !== 429 && c !== 409)) bad += n;
      }
      const statuses = [...s.status].map(([c, n]) => `${c}×${n}`).join(' ');
      console.log(
        `| ${name} | ${ms.length} | ${q(ms, 50).toFixed(0)} | ${q(ms, 95).toFixed(0)} | ${q(ms, 99).toFixed(0)} | ${statuses} |`,
      );
    }
    console.log(
      `\ntotal ${total} requests in ${DURATION_S} s = ${(total / DURATION_S).toFixed(0)} req/s; errors (5xx, network, unintended 4xx): ${bad}`,
    );
    console.log(`API RSS: ${String(rssStart)} MB at start, ${String(rssEnd)} MB at end`);
    console.log(`API RSS every 10 s (MB): ${rssSeries.map(String).join(', ')}`);
    console.log(
      `machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}`,
    );
    for (const e of errors) console.log(`  error: ${e}`);
    process.exitCode = bad === 0 ? 0 : 1;
  } finally {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
