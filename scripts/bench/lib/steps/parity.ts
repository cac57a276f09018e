/**
 * Step 7: every query of the mix through the API and straight to Meilisearch (with the API's
 * fallback) must answer the same ids in the same order; also records each query's totals and
 * answer sizes (and the PostgreSQL baseline's total) for the per-query table.
 */
import { OFFERINGS_INDEX } from '@toolbox/search';

import { pgSearch } from '../pg-baseline.js';
import type { QueryRow, Results } from '../results.js';
import type { BenchContext } from '../run.js';
import { apiPath, meiliSearchBody, QUERY_MIX } from '../workload.js';

/** A query's row before the load runs add its latencies. */
export type QueryRowBase = Omit<QueryRow, 'apiP50' | 'directP50' | 'pgP50'>;

interface Answer {
  total: number | undefined;
  ids: string[];
}

/** Same total and the same ids in the same order. */
export function sameAnswer(api: Answer, direct: Answer): boolean {
  return api.total === direct.total && api.ids.join() === direct.ids.join();
}

export async function checkParity(
  ctx: BenchContext,
  withPg: boolean,
): Promise<{ parity: Results['parity']; rows: QueryRowBase[] }> {
  const { api, meili, db } = ctx;
  const rows: QueryRowBase[] = [];
  const mismatches: string[] = [];
  for (const bq of QUERY_MIX) {
    const a = await api.request({ method: 'GET', path: apiPath(bq.query) });
    if (a.status !== 200)
      throw new Error(
        `${apiPath(bq.query)} answered ${a.status}: ${a.body.toString('utf8').slice(0, 300)}`,
      );
    const aj = JSON.parse(a.body.toString('utf8')) as { total: number; items: { id: string }[] };
    let d = await meili.search(OFFERINGS_INDEX, JSON.stringify(meiliSearchBody(bq.query)));
    let fallback = false;
    if (d.empty && (bq.query.q ?? '').trim() !== '') {
      fallback = true;
      d = await meili.search(OFFERINGS_INDEX, JSON.stringify(meiliSearchBody(bq.query, 'last')));
    }
    const dj = JSON.parse(d.raw.toString('utf8')) as {
      totalHits?: number;
      hits: { id: string }[];
    };
    const same = sameAnswer(
      { total: aj.total, ids: aj.items.map((i) => i.id) },
      { total: dj.totalHits, ids: dj.hits.map((h) => h.id) },
    );
    if (!same) mismatches.push(`${bq.label}: API total ${aj.total}, direct ${dj.totalHits ?? '?'}`);
    const p = withPg ? await pgSearch(db, bq.query) : null;
    rows.push({
      label: bq.label,
      group: bq.group,
      apiTotal: aj.total,
      directTotal: dj.totalHits ?? -1,
      pgTotal: p?.total ?? null,
      apiBytes: a.body.length,
      directBytes: d.bytes,
      fallback,
    });
  }
  ctx.say(
    `parity: ${QUERY_MIX.length - mismatches.length}/${QUERY_MIX.length} queries answer the same through the API and directly`,
  );
  return {
    parity: {
      checked: QUERY_MIX.length,
      identical: QUERY_MIX.length - mismatches.length,
      mismatches,
    },
    rows,
  };
}
