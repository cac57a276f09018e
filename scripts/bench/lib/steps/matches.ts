/**
 * Step 9: matches for the SMEs under load (1 and 16 clients), and where matching's time goes:
 * its two Meilisearch queries sent directly, plus the variants behind the proposals (only the
 * fields matching reads; fewer candidates).
 */
import { OFFERINGS_INDEX } from '@toolbox/search';

import { summarise } from '../http.js';
import { RUN_LABELS } from '../labels.js';
import { type Operation, runLoad } from '../load.js';
import type { Results } from '../results.js';
import type { BenchContext } from '../run.js';
import { matchingFilters, meiliCandidatesBody } from '../workload.js';
import type { SmeSession } from './smes.js';

/** What scoreMatch and hardConstraintBroken read from a candidate (plus id and date). */
export const MATCH_FIELDS = [
  'id',
  'scenarios',
  'industries',
  'stages',
  'regions',
  'deployment',
  'minMonthlyPriceCents',
  'rating',
  'publishedAt',
];

export async function measureMatches(
  ctx: BenchContext,
  sessions: readonly SmeSession[],
): Promise<Results['matches']> {
  const matchOp: Operation = async (i, client) => {
    const s = sessions[i % sessions.length];
    const r = await client.request({
      method: 'GET',
      path: '/api/matches?limit=10',
      headers: { authorization: `Bearer ${s.token}` },
    });
    return { ms: r.ms, ok: r.status === 200 };
  };
  const noGroup = (): null => null;
  const matches1 = await runLoad(ctx, {
    label: RUN_LABELS.matchesApi1,
    concurrency: 1,
    requests: sessions.length * 2,
    warmup: 20,
    maxMs: 60_000,
    base: ctx.stack.url,
    op: matchOp,
    groupOf: noGroup,
  });
  const matches16 = await runLoad(ctx, {
    label: RUN_LABELS.matchesApi16,
    concurrency: 16,
    requests: sessions.length * 4,
    warmup: 32,
    maxMs: 60_000,
    base: ctx.stack.url,
    op: matchOp,
    groupOf: noGroup,
  });
  return { c1: matches1.run, c16: matches16.run, ...(await matchingBreakdown(ctx, sessions)) };
}

type Breakdown = Omit<Results['matches'], 'c1' | 'c16'>;

async function matchingBreakdown(
  ctx: BenchContext,
  sessions: readonly SmeSession[],
): Promise<Breakdown> {
  const { meili, api } = ctx;
  const byScenarioMs: number[] = [];
  const byTextMs: number[] = [];
  const leanMs: number[] = [];
  const fewerMs: number[] = [];
  let leanBytes = 0;
  let candidates = 0;
  let directBytes = 0;
  let apiBytes = 0;
  await ctx.phases.run(
    'matching breakdown: its Meilisearch queries directly, 1 client',
    async () => {
      for (const s of sessions) {
        ctx.checkAborted();
        const f = matchingFilters({
          industry: s.sme.industry,
          region: s.sme.region,
          level: s.level,
          needs: s.sme.needs.scenarios.map((n) => n.code),
          weakScenarios: s.weak,
          monthlyBudgetCents: s.sme.needs.monthlyBudgetCents,
        });
        const a = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify(meiliCandidatesBody('', f.byScenario, 300)),
        );
        byScenarioMs.push(a.ms);
        directBytes += a.bytes;
        candidates += (JSON.parse(a.raw.toString('utf8')) as { hits: unknown[] }).hits.length;
        // Variants for the proposals: only the fields scoreMatch reads; fewer candidates.
        const lean = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify({
            ...meiliCandidatesBody('', f.byScenario, 300),
            attributesToRetrieve: MATCH_FIELDS,
          }),
        );
        leanMs.push(lean.ms);
        leanBytes += lean.bytes;
        const fewer = await meili.search(
          OFFERINGS_INDEX,
          JSON.stringify(meiliCandidatesBody('', f.byScenario, 100)),
        );
        fewerMs.push(fewer.ms);
        if (s.sme.needs.notes.trim() !== '') {
          const b = await meili.search(
            OFFERINGS_INDEX,
            JSON.stringify(meiliCandidatesBody(s.sme.needs.notes, f.byText, 50)),
          );
          byTextMs.push(b.ms);
          directBytes += b.bytes;
        }
        const m = await api.request({
          method: 'GET',
          path: '/api/matches?limit=10',
          headers: { authorization: `Bearer ${s.token}` },
        });
        apiBytes += m.body.length;
      }
    },
  );
  const perSme = (total: number): number => total / Math.max(1, sessions.length);
  return {
    directByScenario: summarise(byScenarioMs, 0, 0),
    directByText: summarise(byTextMs, 0, 0),
    directByScenarioLean: summarise(leanMs, 0, 0),
    directByScenario100: summarise(fewerMs, 0, 0),
    meanLeanBytes: perSme(leanBytes),
    meanCandidates: perSme(candidates),
    meanApiBytes: perSme(apiBytes),
    meanDirectBytes: perSme(directBytes),
  };
}
