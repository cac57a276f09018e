/**
 * Step 3: the baseline the API's reindex is judged against — the same documents sent straight
 * to Meilisearch (all batches at once; optionally batch by batch), and the opt-in index
 * experiments on throw-away servers. Releases the document batches afterwards.
 */
import path from 'node:path';

import { OFFERING_INDEX_SETTINGS } from '@toolbox/search';

import { type IndexExperiment, runIndexExperiments } from '../experiments.js';
import { indexVariants } from '../index-variants.js';
import { num } from '../json-fields.js';
import { timeline, type TaskTimeline } from '../meili.js';
import type { Results } from '../results.js';
import type { BenchContext } from '../run.js';
import type { LoadedDataset } from './dataset.js';

const RAW_INDEX = 'bench_raw_documents';

export interface RawIndexing {
  raw: Results['rawIndex'];
  rawSequential: Results['rawIndex'] | null;
  indexExperiments: IndexExperiment[] | null;
}

export async function measureRawIndexing(
  ctx: BenchContext,
  dataset: LoadedDataset,
): Promise<RawIndexing> {
  const { opts, phases, say } = ctx;
  const { batches } = dataset;
  const raw = (
    await phases.run('raw Meilisearch indexing (all batches enqueued at once)', () =>
      indexRaw(ctx, batches.production, RAW_INDEX, false),
    )
  ).value;
  say(`raw indexing: ${(raw.ms / 1000).toFixed(1)} s (${raw.timeline.batches} autobatches)`);
  const rawSequential = opts.rawSequential
    ? (
        await phases.run('raw Meilisearch indexing (batch by batch)', () =>
          indexRaw(ctx, batches.production, `${RAW_INDEX}_seq`, true),
        )
      ).value
    : null;
  const indexExperiments = opts.indexExperiments
    ? (
        await phases.run('index experiments on throw-away Meilisearch servers', () =>
          runIndexExperiments({
            meiliDataDir: path.join(ctx.dataDir, 'meilisearch'),
            key: ctx.meiliKey,
            batches: { production: batches.production, 'full-text': batches.fullText },
            variants: indexVariants(batches.production.length),
            signal: ctx.signal,
            say,
          }),
        )
      ).value
    : null;
  batches.release();
  return { raw, rawSequential, indexExperiments };
}

/** Indexes every body into a new index `uid`, checks the document count, then deletes it. */
async function indexRaw(
  ctx: BenchContext,
  bodies: readonly string[],
  uid: string,
  sequential: boolean,
): Promise<{ ms: number; timeline: TaskTimeline; settingsMs: number }> {
  const { meili, signal } = ctx;
  // A fresh data dir: the scratch index does not exist yet.
  const s0 = performance.now();
  await meili.waitTask(
    await meili.taskUid(await meili.call('POST', '/indexes', { uid, primaryKey: 'id' })),
    60_000,
    signal,
  );
  await meili.waitTask(
    await meili.taskUid(
      await meili.call('PATCH', `/indexes/${uid}/settings`, OFFERING_INDEX_SETTINGS),
    ),
    120_000,
    signal,
  );
  const settingsMs = performance.now() - s0;
  const started = performance.now();
  const uids: number[] = [];
  for (const body of bodies) {
    ctx.checkAborted();
    const uidTask = await meili.taskUid(
      await meili.call('POST', `/indexes/${uid}/documents?primaryKey=id`, body),
    );
    uids.push(uidTask);
    if (sequential) await meili.waitTask(uidTask, 300_000, signal);
  }
  await meili.waitTask(uids[uids.length - 1], 600_000, signal);
  const ms = performance.now() - started;
  const tasks = await meili.tasks(`uids=${uids.join(',')}`);
  const failed = tasks.filter((t) => t.status !== 'succeeded');
  if (failed.length > 0)
    throw new Error(
      `raw indexing: ${failed.length} tasks did not succeed: ${failed[0]?.error?.message ?? ''}`,
    );
  const stats = await meili.call('GET', `/indexes/${uid}/stats`);
  if (num(stats, 'numberOfDocuments') !== ctx.opts.offerings) {
    throw new Error(
      `raw index holds ${num(stats, 'numberOfDocuments')} documents, expected ${ctx.opts.offerings}`,
    );
  }
  const del = await meili.taskUid(await meili.call('DELETE', `/indexes/${uid}`));
  await meili.waitTask(del, 120_000, signal);
  return { ms, timeline: timeline(tasks), settingsMs };
}
