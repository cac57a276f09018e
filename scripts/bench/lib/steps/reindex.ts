/**
 * Step 4: the API's full reindex (as an admin would start it), timed by the server and by the
 * poller, with its Meilisearch tasks; then the index is checked: every offering in it, and a
 * few documents identical to the raw baseline's.
 */
import { OFFERINGS_INDEX } from '@toolbox/search';

import { differingKeys, num, str } from '../json-fields.js';
import { timeline } from '../meili.js';
import { phaseDurations, spotCheckLine } from '../reindex-progress.js';
import type { Results } from '../results.js';
import { type BenchContext, sleep } from '../run.js';

/** Logs the stack's admin in; returns the access token. */
export async function logInAsAdmin(ctx: BenchContext): Promise<string> {
  const login = await ctx.api.json({
    method: 'POST',
    path: '/api/auth/login',
    body: JSON.stringify({ email: ctx.admin.email, password: ctx.admin.password }),
  });
  return str(login, 'accessToken');
}

export async function reindexThroughApi(
  ctx: BenchContext,
  adminToken: string,
  spot: ReadonlyMap<string, string>,
): Promise<Results['reindex']> {
  const { api, meili, opts } = ctx;
  const reindexStartIso = new Date(Date.now() - 1000).toISOString();
  const run = (await ctx.phases.run('full reindex through the API', () => reindex(ctx, adminToken)))
    .value;
  const reindexTasks = (
    await meili.tasks(
      `types=documentAdditionOrUpdate&afterEnqueuedAt=${encodeURIComponent(reindexStartIso)}`,
    )
  ).filter((t) => t.indexUid?.startsWith(`${OFFERINGS_INDEX}_reindex_`) === true);
  const status = await api.json({
    method: 'GET',
    path: '/api/admin/search/status',
    token: adminToken,
  });
  const documents = num(status, 'documents');
  if (documents !== opts.offerings)
    throw new Error(
      `after the reindex the index holds ${documents} documents, expected ${opts.offerings}`,
    );
  const spotCheck = await checkSpotDocuments(ctx, spot);
  ctx.say(
    `reindex: ${(run.serverMs / 1000).toFixed(1)} s (server), ${documents} documents; ${spotCheck}`,
  );
  return { ...run, timeline: timeline(reindexTasks), documents, spotCheck };
}

/** Starts the reindex and polls its progress every 100 ms until it succeeds. */
async function reindex(
  ctx: BenchContext,
  adminToken: string,
): Promise<{ serverMs: number; clientMs: number; phasesMs: Record<string, number> }> {
  const { api } = ctx;
  const started = performance.now();
  await api.json({
    method: 'POST',
    path: '/api/admin/search/reindex',
    token: adminToken,
    expect: 202,
  });
  const seen: Record<string, number> = {};
  let last: unknown;
  for (;;) {
    ctx.checkAborted();
    await sleep(100);
    last = await api.json({
      method: 'GET',
      path: '/api/admin/search/reindex',
      token: adminToken,
    });
    const ph = str(last, 'phase');
    seen[ph] ??= performance.now() - started;
    const state = str(last, 'state');
    if (state === 'failed') throw new Error(`reindex failed: ${JSON.stringify(last)}`);
    if (state === 'succeeded') break;
    if (performance.now() - started > 600_000)
      throw new Error('reindex did not finish within 10 min');
  }
  const clientMs = performance.now() - started;
  const serverMs = Date.parse(str(last, 'finishedAt')) - Date.parse(str(last, 'startedAt'));
  return { serverMs, clientMs, phasesMs: phaseDurations(seen) };
}

async function checkSpotDocuments(
  ctx: BenchContext,
  spot: ReadonlyMap<string, string>,
): Promise<string> {
  let identical = 0;
  const differing = new Set<string>();
  for (const [id, json] of spot) {
    const doc = await ctx.meili.call('GET', `/indexes/${OFFERINGS_INDEX}/documents/${id}`);
    const keys = differingKeys(doc, JSON.parse(json) as Record<string, unknown>);
    for (const k of keys) differing.add(k);
    if (keys.length === 0) identical += 1;
  }
  return spotCheckLine(identical, spot.size, differing);
}
