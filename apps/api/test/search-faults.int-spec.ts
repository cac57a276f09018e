/**
 * Search sync under faults (docs/reliability.md, "Search sync under faults"; docs/adr/0010):
 * Meilisearch SIGKILLed during writes, PostgreSQL cut under traffic, a reindex run by a second
 * API instance during writes through the first, a document Meilisearch rejects, a provider
 * rename, and a reindex that fails.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { MeilisearchApiError } from 'meilisearch';
import { pino } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { OfferingView, SearchResponse } from '@toolbox/contracts';
import { OFFERINGS_INDEX } from '@toolbox/search';
import { rootLogger, setRootLogger } from '../src/common/logging/logger.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { OfferingReader } from '../src/modules/catalogue/index.js';
import { ReindexService } from '../src/modules/search/reindex.service.js';
import { SearchClient } from '../src/modules/search/search-client.js';
import {
  isSearchUnreachable,
  MAX_ATTEMPTS,
  relayBackoffMs,
  SearchSyncService,
} from '../src/modules/search/search-sync.service.js';
import {
  bearer,
  createOffering,
  loginAdmin,
  publishOffering,
  registerProvider,
  type TestProvider,
} from './factories/catalogue.js';
import { createTestApp, type TestApp } from './harness.js';
import { startKillableMeilisearch, type KillableMeilisearch } from './meili-process.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
import { waitFor } from './wait-for.js';

/** The numbers; `FAULT_WRITES` / `FAULT_KILLS` shrink (or grow) a local run. */
const WRITES = Number(process.env.FAULT_WRITES ?? 10_000);
const KILLS = Number(process.env.FAULT_KILLS ?? 20);
/** Offerings the writes spread over, and writes per transaction. */
const OFFERINGS = 2_000;
const PER_TX = 50;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `count` published copies of `templateId`, straight into PostgreSQL, with their outbox rows. */
async function cloneOfferings(ds: DataSource, templateId: string, count: number): Promise<void> {
  await ds.transaction(async (em) => {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO offerings (provider_id, status, title, title_en, summary, summary_en, description,
         description_en, kind, scenarios, industries, stages, regions, deployment, delivery_days,
         plans, tags, min_monthly_price_cents, published_at)
       SELECT provider_id, 'published', title || ' ' || n, title_en, summary, summary_en,
         description, description_en, kind, scenarios, industries, stages, regions,
         deployment, delivery_days, plans, tags, min_monthly_price_cents, now()
       FROM offerings, generate_series(1, $2) AS n WHERE id = $1
       RETURNING id`,
      [templateId, count],
    );
    await em.query('INSERT INTO search_outbox (offering_id) SELECT unnest($1::uuid[])', [
      rows.map((r) => r.id),
    ]);
  });
}

/**
 * One transaction of offering writes as the service layer makes them: each changes what the
 * public sees (title, sometimes suspended or published again), bumps `version` and queues an
 * outbox row in the same transaction.
 */
async function writeOfferings(ds: DataSource, ids: string[], round: number): Promise<void> {
  await ds.transaction(async (em) => {
    await em.query(
      `UPDATE offerings SET version = version + 1, title = 'w' || $2 || ' ' || left(id::text, 8),
         status = CASE WHEN random() < 0.1 THEN 'suspended' ELSE 'published' END,
         updated_at = now()
       WHERE id = ANY($1::uuid[])`,
      [ids, round],
    );
    await em.query('INSERT INTO search_outbox (offering_id) SELECT unnest($1::uuid[])', [ids]);
  });
}

/** Every document in the app's index: id → version. */
async function indexedVersions(sut: TestApp): Promise<Map<string, number>> {
  const index = sut.app.get(SearchClient).index(OFFERINGS_INDEX);
  const seen = new Map<string, number>();
  for (let offset = 0; ; offset += 1000) {
    const page = await index.getDocuments({ fields: ['id', 'version'], limit: 1000, offset });
    for (const d of page.results as { id: string; version: number }[]) seen.set(d.id, d.version);
    if (page.results.length < 1000) return seen;
  }
}

/** Every published offering in PostgreSQL: id → version. */
async function publishedVersions(sut: TestApp): Promise<Map<string, number>> {
  const rows = await sut.app
    .get(DataSource)
    .query<{ id: string; version: number }[]>(
      "SELECT id, version FROM offerings WHERE status = 'published'",
    );
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** Outbox rows: not parked, parked. */
async function outbox(sut: TestApp): Promise<{ pending: number; parked: number }> {
  const [row] = await sut.app.get(DataSource).query<{ pending: number; parked: number }[]>(
    `SELECT count(*) FILTER (WHERE parked_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE parked_at IS NOT NULL)::int AS parked FROM search_outbox`,
  );
  return row;
}

/** Outbox rows (pending or parked) of these offerings. */
async function queued(ds: DataSource, ids: string[]): Promise<number> {
  const [row] = await ds.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM search_outbox WHERE offering_id = ANY($1::uuid[])',
    [ids],
  );
  return row?.n ?? 0;
}

/** Index and database agree exactly: every published offering at its version, nothing else. */
async function expectIndexMatchesDatabase(sut: TestApp): Promise<number> {
  const [expected, indexed] = await Promise.all([publishedVersions(sut), indexedVersions(sut)]);
  const missing = [...expected.keys()].filter((id) => !indexed.has(id));
  const stale = [...expected].filter(([id, v]) => indexed.has(id) && indexed.get(id) !== v);
  const extra = [...indexed.keys()].filter((id) => !expected.has(id));
  expect({ missing, stale, extra }).toEqual({ missing: [], stale: [], extra: [] });
  return expected.size;
}

function distinctSample(ids: string[], n: number, seed: number): string[] {
  // Deterministic per round: a stride through the ids (seeded, so a failure is reproducible).
  const out = new Set<string>();
  for (let i = 0; out.size < Math.min(n, ids.length); i++) {
    out.add(ids[(seed * 7919 + i * 104_729) % ids.length]);
  }
  return [...out];
}

describe('search sync when Meilisearch is SIGKILLed during writes', () => {
  let meili: KillableMeilisearch;
  let sut: TestApp;

  beforeAll(async () => {
    meili = await startKillableMeilisearch();
    sut = await createTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
    const provider = await registerProvider(sut.http, '断电测试服务商');
    const template = await createOffering(sut.http, provider);
    await cloneOfferings(sut.app.get(DataSource), template.id, OFFERINGS);
  }, 120_000);
  afterAll(async () => {
    await sut?.close();
    await meili?.close();
  });

  it(`loses nothing: ${KILLS} SIGKILLs during ${WRITES} offering writes`, async () => {
    const ds = sut.app.get(DataSource);
    const sync = sut.app.get(SearchSyncService);
    const ids = (
      await ds.query<{ id: string }[]>("SELECT id FROM offerings WHERE status = 'published'")
    ).map((r) => r.id);
    const rounds = Math.ceil(WRITES / PER_TX);
    const killEvery = Math.max(1, Math.floor(rounds / KILLS));
    let kills = 0;
    let writes = 0;
    let restarting: Promise<void> = Promise.resolve();
    for (let round = 0; round < rounds; round++) {
      if (round % killEvery === 0 && kills < KILLS) {
        // Kill a relay that is working: the previous restart is done and the relay recovered.
        await restarting;
        await waitFor(
          async () => (sync.consecutiveFailures() === 0 ? true : undefined),
          'relay recovered after the restart',
          40_000,
        );
        await meili.kill();
        kills++;
        restarting = meili.restart();
      }
      const n = Math.min(PER_TX, WRITES - writes);
      await writeOfferings(ds, distinctSample(ids, n, round), round);
      writes += n;
      sync.kick();
    }
    await restarting;
    const backAt = Date.now();
    await waitFor(
      async () => ((await outbox(sut)).pending === 0 ? true : undefined),
      'outbox drained after the last restart',
      60_000,
    );
    const catchUpMs = Date.now() - backAt;
    expect(await outbox(sut)).toEqual({ pending: 0, parked: 0 });
    const published = await expectIndexMatchesDatabase(sut);
    expect({ kills, writes }).toEqual({ kills: KILLS, writes: WRITES });
    process.stdout.write(
      `search-faults: ${JSON.stringify({ kills, writes, published, catchUpMs, lost: 0 })}\n`,
    );
  }, 240_000);
});

describe('search sync and the API when PostgreSQL goes away under traffic', () => {
  let proxy: TcpProxy;
  let sut: TestApp;
  const lines: { level: number; context?: string; msg?: string; failedRuns?: number }[] = [];
  const original = rootLogger();

  beforeAll(async () => {
    setRootLogger(
      pino(
        { level: 'info' },
        new Writable({
          write(chunk: Buffer, _enc, done) {
            for (const line of chunk.toString('utf8').split('\n')) {
              if (line.trim() !== '') lines.push(JSON.parse(line) as (typeof lines)[number]);
            }
            done();
          },
        }),
      ),
    );
    const pgUrl = new URL(process.env.TEST_DATABASE_URL!);
    proxy = await startTcpProxy(pgUrl.hostname, Number(pgUrl.port));
    sut = await createTestApp(
      {
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: '1000000',
        ADMIN_EMAIL: 'pg-fault-admin@example.com',
        ADMIN_PASSWORD: 'admin-password-1',
      },
      { databaseProxyPort: proxy.port },
    );
  });
  afterAll(async () => {
    setRootLogger(original);
    await proxy.close();
    await sut?.close().catch(() => undefined);
  });

  it('answers 503 with Retry-After, backs the relay off quietly, and recovers without a restart', async () => {
    await sut.app.get(AuthService).ensureAdmin();
    const admin = await loginAdmin(sut.http, 'pg-fault-admin@example.com', 'admin-password-1');
    const provider = await registerProvider(sut.http, '断库测试服务商');
    const offering = await publishOffering(sut.http, provider, admin, { title: '断库前发布' });
    const sync = sut.app.get(SearchSyncService);

    // Traffic: readers of a public offering and a provider editing, all the time.
    const seen: { phase: string; status: number; retryAfter?: string }[] = [];
    let phase = 'before';
    let running = true;
    const loop = async (send: () => request.Test): Promise<void> => {
      while (running) {
        const res = await send();
        seen.push({ phase, status: res.status, retryAfter: res.headers['retry-after'] });
        await sleep(20);
      }
    };
    let summary: Record<string, number> | undefined;
    const traffic = Promise.all([
      loop(() => request(sut.http).get(`/api/offerings/${offering.id}`)),
      loop(() => request(sut.http).get(`/api/offerings/${offering.id}`)),
      loop(() =>
        request(sut.http)
          .patch(`/api/offerings/${offering.id}`)
          .set(...bearer(provider.accessToken))
          .send({ summary: `修订 ${seen.length}` }),
      ),
    ]);
    try {
      await waitFor(
        async () => (seen.filter((s) => s.status === 200).length >= 6 ? true : undefined),
        'traffic flowing',
      );
      phase = 'down';
      const logged = lines.length;
      await proxy.cut();
      const cutAt = Date.now();
      // Long enough for the old relay to have logged a dozen times (every 250 ms).
      await waitFor(
        async () => (sync.consecutiveFailures() >= 4 ? true : undefined),
        'the relay failing four runs in a row',
        20_000,
      );
      await waitFor(
        async () =>
          seen.filter((s) => s.phase === 'down' && s.status === 503).length >= 6 ? true : undefined,
        'requests answered 503 while PostgreSQL is away',
      );
      const relayLines = lines
        .slice(logged)
        .filter((l) => l.context === 'search-sync' && l.level >= 40);
      expect(relayLines.map((l) => l.msg)).toEqual(['PostgreSQL unreachable; relay backing off']);

      const failedRuns = sync.consecutiveFailures();
      const downMs = Date.now() - cutAt;
      await proxy.restore();
      const restoredAt = Date.now();
      phase = 'restored';
      await waitFor(
        async () =>
          seen.filter((s) => s.phase === 'restored' && s.status === 200).length >= 6
            ? true
            : undefined,
        'requests answered 200 again',
        30_000,
      );
      await waitFor(
        async () => (sync.consecutiveFailures() === 0 ? true : undefined),
        'relay recovered',
        // Generous: the first run after the outage may wait on Meilisearch tasks queued by
        // suites running in parallel against the same server.
        90_000,
      );
      const relayBackMs = Date.now() - restoredAt;
      const recovered = lines.filter((l) => l.msg === 'relay recovered');
      expect(recovered.at(-1)?.failedRuns).toBeGreaterThanOrEqual(failedRuns);
      summary = { downMs, failedRuns, relayLogLines: relayLines.length, relayBackMs };
    } finally {
      running = false;
      await traffic;
    }
    const down = seen.filter((s) => s.phase === 'down');
    expect(down.filter((s) => s.status >= 500).every((s) => s.status === 503)).toBe(true);
    expect(down.filter((s) => s.status === 503).every((s) => s.retryAfter !== undefined)).toBe(
      true,
    );
    expect(seen.filter((s) => s.status >= 500 && s.status !== 503)).toEqual([]);
    process.stdout.write(
      `search-faults postgres: ${JSON.stringify({
        ...summary,
        requests: seen.length,
        answered503: down.filter((s) => s.status === 503).length,
        other5xx: 0,
      })}\n`,
    );
    // The index follows writes made after the outage, through the same API process.
    const after = await publishOffering(sut.http, provider, admin, { title: '恢复后发布的方案' });
    await waitFor(async () => {
      const res = await request(sut.http).get('/api/search/offerings?pageSize=100').expect(200);
      return (res.body as SearchResponse).items.some((i) => i.id === after.id) ? true : undefined;
    }, 'the offering published after the outage findable');
  }, 240_000);
});

describe('a reindex run by a second API instance during writes through the first', () => {
  let first: TestApp;
  let second: TestApp;
  let admin: string;
  let provider: TestProvider;
  /** Publishes the offerings created during the reindex (the first one owns 3000 already). */
  let other: TestProvider;
  let template: OfferingView;

  beforeAll(async () => {
    first = await createTestApp({
      ADMIN_EMAIL: 'reindex-fault-admin@example.com',
      ADMIN_PASSWORD: 'admin-password-1',
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    await first.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(first.http, 'reindex-fault-admin@example.com', 'admin-password-1');
    provider = await registerProvider(first.http, '双实例测试服务商');
    other = await registerProvider(first.http, '双实例第二服务商');
    template = await publishOffering(first.http, provider, admin, { title: '双实例模板方案' });
    await cloneOfferings(first.app.get(DataSource), template.id, 3_000);
    second = await createTestApp({ RATE_LIMIT_PER_MINUTE: '1000000' }, { sameStoresAs: first });
    await waitFor(
      async () => ((await outbox(first)).pending === 0 ? true : undefined),
      'initial load indexed',
      60_000,
    );
  }, 120_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await second?.app.get(ReindexService).wait();
    await second?.close();
    await first?.close();
  });

  it('loses no write made through the first instance, and allows one reindex at a time', async () => {
    const reindex = second.app.get(ReindexService);
    const secondSync = second.app.get(SearchSyncService);
    const secondSearch = second.app.get(SearchClient);
    const ds = first.app.get(DataSource);
    const ids = (
      await ds.query<{ id: string }[]>('SELECT id FROM offerings WHERE id <> $1', [template.id])
    ).map((r) => r.id);

    // Writes through the first instance (and its relay) during the whole reindex.
    let writing = true;
    let rounds = 0;
    const writer = (async () => {
      while (writing) {
        await writeOfferings(ds, distinctSample(ids, 20, rounds), rounds);
        first.app.get(SearchSyncService).kick();
        rounds++;
        await sleep(10);
      }
    })();

    // 1. Between the bulk load and the swap (the second instance's own relay held): writes
    //    through the first instance's API, relayed by the first instance's relay.
    const duringCatchUp: string[] = [];
    const pause = secondSync.pause.bind(secondSync);
    jest.spyOn(secondSync, 'pause').mockImplementationOnce(async () => {
      await pause();
      // The other instance cannot start a reindex meanwhile.
      await request(first.http)
        .post('/api/admin/search/reindex')
        .set(...bearer(admin))
        .expect(409);
      duringCatchUp.push(
        (await publishOffering(first.http, other, admin, { title: '追赶期间发布' })).id,
      );
      await request(first.http)
        .post(`/api/admin/offerings/${template.id}/suspend`)
        .set(...bearer(admin))
        .send({ reason: '追赶期间下架' })
        .expect(200);
      const mine = [duringCatchUp[0], template.id];
      await waitFor(
        async () => ((await queued(ds, mine)) === 0 ? true : undefined),
        'the first instance relayed them (to the old index)',
      );
    });
    // 2. After the last catch-up read, just before the swap: nothing may reach the old index.
    const duringSwap: string[] = [];
    let heldRows = 0;
    const swap = secondSearch.client.swapIndexes.bind(secondSearch.client);
    jest.spyOn(secondSearch.client, 'swapIndexes').mockImplementationOnce((...args) => {
      const run = async (): Promise<void> => {
        duringSwap.push(
          (await publishOffering(first.http, other, admin, { title: '交换期间发布' })).id,
        );
        first.app.get(SearchSyncService).kick();
        await sleep(750); // three relay polls: a relay that did not hold would have sent it
        heldRows = await queued(ds, duringSwap);
      };
      return Object.assign(
        run().then(() => swap(...args)),
        { waitTask: () => Promise.reject(new Error('not used')) },
      );
    });

    await request(second.http)
      .post('/api/admin/search/reindex')
      .set(...bearer(admin))
      .expect(202);
    const done = await reindex.wait();
    writing = false;
    await writer;
    expect(done).toMatchObject({ state: 'succeeded', error: null });
    expect(duringCatchUp).toHaveLength(1);
    expect(duringSwap).toHaveLength(1);
    expect(heldRows).toBeGreaterThan(0);
    // Right after the swap, before any relay runs again: the catch-up write and the suspension.
    const index = first.app.get(SearchClient).index(OFFERINGS_INDEX);
    await expect(index.getDocument(duringCatchUp[0])).resolves.toMatchObject({
      id: duringCatchUp[0],
    });
    await expect(index.getDocument(template.id)).rejects.toThrow();
    await waitFor(
      async () => ((await outbox(first)).pending === 0 ? true : undefined),
      'outbox drained after the reindex',
      30_000,
    );
    expect(rounds).toBeGreaterThan(0);
    process.stdout.write(
      `search-faults reindex: ${JSON.stringify({ writes: rounds * 20, heldAtSwap: heldRows, lost: 0 })}\n`,
    );
    await expectIndexMatchesDatabase(first);
    // No temporary index left, no reindex state left.
    const { results } = await first.app.get(SearchClient).client.getIndexes({ limit: 1000 });
    const prefix = first.config.meiliIndexPrefix;
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(prefix))).toEqual([
      `${prefix}${OFFERINGS_INDEX}`,
    ]);
    expect(await ds.query('SELECT * FROM search_reindex')).toEqual([]);
  }, 180_000);

  it('deletes its temporary index when it fails, and drops stale ones at start-up', async () => {
    const reindex = second.app.get(ReindexService);
    const reader = second.app.get(OfferingReader);
    jest.spyOn(reader, 'indexablePage').mockRejectedValueOnce(new Error('disk on fire'));
    await reindex.start();
    expect(await reindex.wait()).toMatchObject({ state: 'failed', error: 'disk on fire' });
    const client = first.app.get(SearchClient).client;
    const prefix = first.config.meiliIndexPrefix;
    const uids = async (): Promise<string[]> =>
      (await client.getIndexes({ limit: 1000 })).results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(prefix));
    expect(await uids()).toEqual([`${prefix}${OFFERINGS_INDEX}`]);
    expect(await first.app.get(DataSource).query('SELECT * FROM search_reindex')).toEqual([]);

    // Temporary indexes of reindexes that died (named by their start): the hour-old one goes.
    const search = first.app.get(SearchClient);
    const live = search.indexUid(OFFERINGS_INDEX);
    const now = Date.now();
    const old = `${live}_reindex_${now - 2 * 3_600_000}`;
    const recent = `${live}_reindex_${now - 60_000}`;
    await search.waitOk(client.createIndex(old));
    await search.waitOk(client.createIndex(recent));
    expect(await first.app.get(ReindexService).dropStaleIndexes()).toEqual([old]);
    expect((await uids()).sort()).toEqual([live, recent].sort());
    await search.waitOk(client.deleteIndex(recent));
  });
});

describe('relay: bad documents, request errors and provider renames', () => {
  let sut: TestApp;
  let admin: string;
  let provider: TestProvider;

  beforeAll(async () => {
    sut = await createTestApp({
      ADMIN_EMAIL: 'relay-fault-admin@example.com',
      ADMIN_PASSWORD: 'admin-password-1',
    });
    await sut.app.get(AuthService).ensureAdmin();
    admin = await loginAdmin(sut.http, 'relay-fault-admin@example.com', 'admin-password-1');
    provider = await registerProvider(sut.http, '坏文档测试服务商');
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await sut.close();
  });

  it('parks only the document Meilisearch rejects, not its whole batch', async () => {
    const template = await publishOffering(sut.http, provider, admin, { title: '坏文档模板' });
    const ds = sut.app.get(DataSource);
    await cloneOfferings(ds, template.id, 40);
    await waitFor(
      async () => ((await outbox(sut)).pending === 0 ? true : undefined),
      'clones indexed',
    );
    const sync = sut.app.get(SearchSyncService);
    await sync.pause();
    const ids = (await ds.query<{ id: string }[]>('SELECT id FROM offerings')).map((r) => r.id);
    const bad = ids[7];
    // Meilisearch fails the whole task for one document whose `_vectors` is not a map.
    const toDocument = sync.toDocument.bind(sync);
    jest
      .spyOn(sync, 'toDocument')
      .mockImplementation((b) =>
        b.offering.id === bad
          ? ({ ...toDocument(b), _vectors: 'nonsense' } as unknown as ReturnType<typeof toDocument>)
          : toDocument(b),
      );
    await writeOfferings(ds, ids, 1);
    await ds.query("UPDATE offerings SET status = 'published' WHERE id = $1", [bad]);
    sync.resume();
    await waitFor(async () => {
      const rows = await ds.query<{ offering_id: string }[]>(
        'SELECT offering_id FROM search_outbox',
      );
      return rows.length === 1 ? rows : undefined;
    }, 'every row but the bad one applied').then((rows) =>
      expect(rows).toEqual([{ offering_id: bad }]),
    );
    const published = await publishedVersions(sut);
    const indexed = await indexedVersions(sut);
    for (const id of ids.filter((i) => i !== bad && published.has(i))) {
      expect([id, indexed.get(id)]).toEqual([id, published.get(id)]);
    }
    const [row] = await ds.query<{ attempts: number; last_error: string }[]>(
      'SELECT attempts, last_error FROM search_outbox',
    );
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.attempts).toBeLessThanOrEqual(MAX_ATTEMPTS);
    expect(row.last_error).toMatch(/expected a map/);
    jest.restoreAllMocks();
    await ds.query('UPDATE search_outbox SET next_attempt_at = now(), parked_at = NULL');
    sync.kick();
    await waitFor(
      async () => ((await outbox(sut)).pending === 0 ? true : undefined),
      'the repaired document applied',
    );
  });

  it('takes over the rows of a relay whose lease ran out, never those of a live one, and clears the state of a reindex whose process died', async () => {
    const ds = sut.app.get(DataSource);
    const sync = sut.app.get(SearchSyncService);
    const [crashed, live] = await Promise.all([
      publishOffering(sut.http, provider, admin, { title: '崩溃中继的方案' }),
      publishOffering(sut.http, provider, admin, { title: '存活中继的方案' }),
    ]);
    await waitFor(
      async () => ((await outbox(sut)).pending === 0 ? true : undefined),
      'both indexed',
    );
    await sync.pause();
    // A reindex that died while swapping (its session lock went with its process), and rows
    // claimed by another relay: one whose lease ran out, one still live.
    await ds.query(
      "INSERT INTO search_reindex (id, target, phase) VALUES (1, 'gone_reindex_1', 'swapping')",
    );
    await ds.query(
      "UPDATE offerings SET title = '崩溃中继的方案 v2', version = version + 1 WHERE id = $1",
      [crashed.id],
    );
    await ds.query(
      `INSERT INTO search_outbox (offering_id, claimed_by, claimed_until) VALUES
         ($1, gen_random_uuid(), now() - interval '1 second'),
         ($2, gen_random_uuid(), now() + interval '10 minutes')`,
      [crashed.id, live.id],
    );
    sync.resume();
    await waitFor(async () => {
      const rows = await ds.query<{ offering_id: string }[]>(
        'SELECT offering_id FROM search_outbox',
      );
      return rows.length === 1 ? rows : undefined;
    }, 'the expired claim taken over').then((rows) =>
      expect(rows).toEqual([{ offering_id: live.id }]),
    );
    expect(await ds.query('SELECT * FROM search_reindex')).toEqual([]);
    const [expected] = await ds.query<{ version: number }[]>(
      'SELECT version FROM offerings WHERE id = $1',
      [crashed.id],
    );
    expect((await indexedVersions(sut)).get(crashed.id)).toBe(expected.version);
    await ds.query('DELETE FROM search_outbox');
  });

  it('counts attempts for request errors (4xx) and only waits on unreachable Meilisearch', () => {
    const api = (status: number): MeilisearchApiError =>
      new MeilisearchApiError(new Response(null, { status }), {
        message: 'x',
        code: 'invalid_api_key',
        type: 'auth',
        link: '',
      });
    expect(isSearchUnreachable(api(400))).toBe(false);
    expect(isSearchUnreachable(api(403))).toBe(false);
    expect(isSearchUnreachable(api(503))).toBe(true);
    expect(isSearchUnreachable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
    expect(isSearchUnreachable(new TypeError('bad'))).toBe(false);
    expect([1, 2, 3, 8, 20].map((n) => relayBackoffMs(n))).toEqual([
      250, 500, 1000, 30_000, 30_000,
    ]);
    // PostgreSQL away: probed at least every 5 s, so the relay follows the API back quickly.
    expect([1, 5, 8, 20].map((n) => relayBackoffMs(n, 'database'))).toEqual([
      250, 4000, 5000, 5000,
    ]);
  });

  it('bumps the version of a renamed provider’s offerings, so reconcile repairs missed renames', async () => {
    const offering = await publishOffering(sut.http, provider, admin, { title: '改名前的方案' });
    const ds = sut.app.get(DataSource);
    const sync = sut.app.get(SearchSyncService);
    await waitFor(
      async () => ((await outbox(sut)).pending === 0 ? true : undefined),
      'offering indexed',
    );
    const [before] = await ds.query<{ version: number }[]>(
      'SELECT version FROM offerings WHERE id = $1',
      [offering.id],
    );
    // The rename's outbox rows are lost (as if the relay never saw them).
    await sync.pause();
    await request(sut.http)
      .put('/api/providers/me')
      .set(...bearer(provider.accessToken))
      .send({
        name: 'Wombatworks 改名服务商',
        kind: 'industrial_internet_platform',
        description: '面向中小制造企业的工业互联网平台',
      })
      .expect(200);
    await ds.query('DELETE FROM search_outbox');
    sync.resume();
    const [after] = await ds.query<{ version: number }[]>(
      'SELECT version FROM offerings WHERE id = $1',
      [offering.id],
    );
    expect(after.version).toBe(before.version + 1);
    const report = await request(sut.http)
      .post('/api/admin/search/reconcile')
      .set(...bearer(admin))
      .expect(200);
    expect((report.body as { stale: number }).stale).toBeGreaterThanOrEqual(1);
    await waitFor(async () => {
      const res = await request(sut.http)
        .get('/api/search/offerings?q=Wombatworks&pageSize=100')
        .expect(200);
      return (res.body as SearchResponse).items.some((i) => i.id === offering.id)
        ? true
        : undefined;
    }, 'the offering findable under the new name');
  });
});
