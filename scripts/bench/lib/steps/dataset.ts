/**
 * Step 2: the generated catalogue straight into PostgreSQL, and the same offerings as search
 * documents, batched for the raw indexing baseline.
 */
import { toOfferingDocument } from '@toolbox/search';

import { generateBenchCatalogue, offeringSource } from '../dataset.js';
import { insertChunk } from '../db-load.js';
import { DocumentBatches } from '../document-batches.js';
import { fullTextDocument } from '../full-text.js';
import type { BenchContext } from '../run.js';

/** Same batch size as ReindexService (LOAD_BATCH). */
export const DOC_BATCH = 2000;
/** How many documents are kept to compare with what the API's reindex writes. */
const SPOT_DOCUMENTS = 3;

export interface LoadedDataset {
  providers: number;
  generateMs: number;
  insertMs: number;
  offeringsTableMb: number;
  batches: DocumentBatches;
  /** A few documents (id → JSON) as the raw baseline indexes them. */
  spot: Map<string, string>;
}

export async function loadDataset(ctx: BenchContext): Promise<LoadedDataset> {
  const { opts, db } = ctx;
  let generateMs = 0;
  let insertMs = 0;
  let providers = 0;
  const batches = new DocumentBatches(DOC_BATCH);
  const spot = new Map<string, string>();
  await ctx.phases.run(`load ${opts.offerings} offerings into PostgreSQL`, async () => {
    const gen = generateBenchCatalogue(opts.offerings, DOC_BATCH);
    for (;;) {
      ctx.checkAborted();
      const g = performance.now();
      const next = gen.next();
      if (next.done === true) break;
      const chunk = next.value;
      const docs = chunk.offerings.map((o) =>
        toOfferingDocument(offeringSource(o), { id: o.providerId, name: o.providerName }),
      );
      docs.forEach((d, i) => {
        const o = chunk.offerings[i];
        batches.add(
          d,
          opts.indexExperiments ? fullTextDocument(d, o.description, o.descriptionEn) : null,
        );
      });
      if (spot.size < SPOT_DOCUMENTS)
        for (const d of docs.slice(0, SPOT_DOCUMENTS - spot.size))
          spot.set(d.id, JSON.stringify(d));
      generateMs += performance.now() - g;
      const t = performance.now();
      await insertChunk(db, chunk);
      insertMs += performance.now() - t;
      providers += chunk.providers.length;
    }
    batches.flush();
    await db.query('ANALYZE users, providers, offerings');
  });
  const offeringsTableMb =
    Number(
      (await db.query<{ s: string }>(`SELECT pg_total_relation_size('offerings')::text AS s`))
        .rows[0]?.s ?? 0,
    ) /
    1024 ** 2;
  ctx.say(
    `${opts.offerings} offerings of ${providers} providers; generate ${(generateMs / 1000).toFixed(1)} s, insert ${(insertMs / 1000).toFixed(1)} s; offerings table ${offeringsTableMb.toFixed(0)} MB`,
  );
  return { providers, generateMs, insertMs, offeringsTableMb, batches, spot };
}
