import { OFFERING_INDEX_SETTINGS } from '@toolbox/search';

import { MEILI_MAX_INDEXING_MEMORY } from '../../lib/meilisearch.js';
import type { IndexVariant } from './experiments.js';
import { FULL_TEXT_SETTINGS } from './full-text.js';

/**
 * The index experiments, all with every document and 2 indexing threads (what the launcher
 * passes): Meilisearch's default indexing memory against the launcher's bound, each followed by
 * one-document updates (finding 4); the index before ADR 0007 (whole descriptions, no stop
 * words; finding 2); batches in a window of 8 or 25 (ReindexService keeps up to 100 in flight,
 * which for 50 batches is all at once, as in the first two variants).
 */
export function indexVariants(batches: number): IndexVariant[] {
  const settings = OFFERING_INDEX_SETTINGS;
  return [
    {
      label: 'production, default indexing memory',
      threads: 2,
      memory: null,
      settings,
      documents: 'production',
      batches,
      window: null,
      singleUpdates: 25,
    },
    {
      label: `production, indexing memory ${MEILI_MAX_INDEXING_MEMORY} (as launched)`,
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: null,
      singleUpdates: 25,
    },
    {
      label: 'before ADR 0007: whole descriptions, no stop words',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings: FULL_TEXT_SETTINGS,
      documents: 'full-text',
      batches,
      window: null,
    },
    {
      label: 'production, at most 8 batches in flight',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: 8,
    },
    {
      label: 'production, at most 25 batches in flight',
      threads: 2,
      memory: MEILI_MAX_INDEXING_MEMORY,
      settings,
      documents: 'production',
      batches,
      window: 25,
    },
  ];
}
