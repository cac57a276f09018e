/**
 * Step 8: search under load — the query mix through the API and the same requests sent to
 * Meilisearch directly, at 1 and 16 clients; the direct requests once more through global
 * fetch with compressed answers (diagnostic); and the PostgreSQL baseline at 1 client.
 */
import { OFFERINGS_INDEX } from '@toolbox/search';

import { runFixedConcurrency } from '../http.js';
import { RUN_LABELS } from '../labels.js';
import { baselineLine, groupStats, perItemP50 } from '../load-stats.js';
import { type Operation, runLoad } from '../load.js';
import { MeiliDirect } from '../meili.js';
import { pgSearch } from '../pg-baseline.js';
import type { LoadRun, QueryRow, Results } from '../results.js';
import type { BenchContext } from '../run.js';
import {
  apiPath,
  type BenchQuery,
  meiliSearchBody,
  QUERY_MIX,
  type QueryGroup,
} from '../workload.js';
import type { QueryRowBase } from './parity.js';

const MIX = QUERY_MIX.length;
/** Passes over the mix at 1 client and at 16 clients. */
const PASSES_1 = 10;
const PASSES_16 = 30;
const SEARCH_MAX_MS = 45_000;

const queryAt = (i: number): BenchQuery => QUERY_MIX[i % MIX];
const searchGroup = (item: number): QueryGroup => queryAt(item).group;

/** Each query's direct Meilisearch bodies: every term, and trailing terms relaxed (fallback). */
const directBodies = QUERY_MIX.map((bq) => ({
  all: JSON.stringify(meiliSearchBody(bq.query)),
  last: JSON.stringify(meiliSearchBody(bq.query, 'last')),
  hasText: (bq.query.q ?? '').trim() !== '',
}));

export async function measureSearch(
  ctx: BenchContext,
  parityRows: readonly QueryRowBase[],
  withPg: boolean,
): Promise<{ search: Results['search']; perQuery: QueryRow[] }> {
  const { stack } = ctx;
  const apiSearch: Operation = async (i, client) => {
    const r = await client.request({ method: 'GET', path: apiPath(queryAt(i).query) });
    return { ms: r.ms, ok: r.status === 200 };
  };
  const directSearch: Operation = async (i, client) => {
    const b = directBodies[i % MIX];
    const direct = new MeiliDirect(client, ctx.meiliKey);
    const first = await direct.search(OFFERINGS_INDEX, b.all);
    if (!first.ok || !first.empty || !b.hasText) return first;
    // The API's fallback: trailing terms relaxed when every-term matching finds nothing.
    const second = await direct.search(OFFERINGS_INDEX, b.last);
    return { ms: first.ms + second.ms, ok: second.ok };
  };
  const search = (
    label: string,
    concurrency: number,
    passes: number,
    base: string,
    op: Operation,
  ): ReturnType<typeof runLoad> =>
    runLoad(ctx, {
      label,
      concurrency,
      requests: MIX * passes,
      warmup: MIX,
      maxMs: SEARCH_MAX_MS,
      base,
      op,
      groupOf: searchGroup,
    });

  const api1 = await search(RUN_LABELS.searchApi1, 1, PASSES_1, stack.url, apiSearch);
  const direct1 = await search(RUN_LABELS.searchDirect1, 1, PASSES_1, stack.meiliUrl, directSearch);
  const directFetch1 = await search(RUN_LABELS.searchDirectFetch1, 1, 3, stack.meiliUrl, (i) =>
    fetchSearch(ctx, i),
  );
  const api16 = await search(RUN_LABELS.searchApi16, 16, PASSES_16, stack.url, apiSearch);
  const direct16 = await search(
    RUN_LABELS.searchDirect16,
    16,
    PASSES_16,
    stack.meiliUrl,
    directSearch,
  );
  const pg1 = withPg ? await postgresBaseline(ctx) : null;

  const apiP50 = perItemP50(api1.raw, MIX);
  const directP50 = perItemP50(direct1.raw, MIX);
  const pgP50 = pg1?.p50 ?? new Map<number, number>();
  const perQuery: QueryRow[] = parityRows.map((row, k) => ({
    ...row,
    apiP50: apiP50.get(k) ?? Number.NaN,
    directP50: directP50.get(k) ?? Number.NaN,
    pgP50: pgP50.get(k) ?? null,
  }));
  return {
    search: {
      api1: api1.run,
      direct1: direct1.run,
      directFetch1: directFetch1.run,
      api16: api16.run,
      direct16: direct16.run,
      pg1: pg1?.run ?? null,
    },
    perQuery,
  };
}

/**
 * Diagnostic and regression guard: the same direct requests through global fetch with its
 * default accept-encoding (gzip, br): Meilisearch then answers compressed and chunked, and the
 * last chunk waits ~40 ms for a delayed ACK. SearchClient asks for identity to avoid this
 * (docs/benchmarks.md, finding 1).
 */
async function fetchSearch(ctx: BenchContext, i: number): Promise<{ ms: number; ok: boolean }> {
  const b = directBodies[i % MIX];
  const once = async (body: string): Promise<{ ms: number; ok: boolean; empty: boolean }> => {
    const t = performance.now();
    const res = await fetch(`${ctx.stack.meiliUrl}/indexes/${OFFERINGS_INDEX}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.meiliKey}`, 'content-type': 'application/json' },
      body,
      signal: ctx.signal,
    });
    const text = await res.text();
    return {
      ms: performance.now() - t,
      ok: res.status === 200,
      empty: text.includes('"hits":[]'),
    };
  };
  const first = await once(b.all);
  if (!first.ok || !first.empty || !b.hasText) return first;
  const second = await once(b.last);
  return { ms: first.ms + second.ms, ok: second.ok };
}

/** The PostgreSQL baseline: one connection, like one client. */
async function postgresBaseline(
  ctx: BenchContext,
): Promise<{ run: LoadRun; p50: Map<number, number> }> {
  const label = RUN_LABELS.searchPg1;
  const { value, record } = await ctx.phases.run(label, () =>
    runFixedConcurrency(
      {
        concurrency: 1,
        warmup: MIX,
        // One measured pass: every query once (a time-cut run would over-weight the
        // Chinese queries at the start of the mix).
        requests: MIX,
        maxMs: 90_000,
        signal: ctx.signal,
      },
      async (i) => {
        const t = performance.now();
        await pgSearch(ctx.db, queryAt(i).query);
        return { ms: performance.now() - t, ok: true };
      },
    ),
  );
  ctx.say(baselineLine(value.stats, value.truncated));
  return {
    run: {
      label,
      concurrency: 1,
      stats: value.stats,
      truncated: value.truncated,
      byGroup: groupStats(value, searchGroup),
      cpu: record.cpu,
    },
    p50: perItemP50(value, MIX),
  };
}
