/** How one index variant's hits compare with a reference variant's (scripts/eval-search-index.ts). */

export interface HitComparison {
  hits: number;
  /** Share of the reference hits this variant also finds (1 when the reference finds none). */
  hitRecall: number;
  /** Share of the reference's top 10 that is in this variant's top 10. */
  overlap10: number;
  /** For a single-word query: share of the documents containing the word that are found. */
  wordRecall: number | null;
  /** For a single-word query: share of the hits that contain the word. */
  wordPrecision: number | null;
}

/**
 * Compares `mine` with the reference hits `base` (ids in rank order). `relevant` is the set of
 * ids whose text contains the query's word, or null when the query is not a single word.
 */
export function compareHits(
  base: readonly string[],
  mine: readonly string[],
  relevant: ReadonlySet<string> | null,
): HitComparison {
  const set = new Set(mine);
  const top = new Set(mine.slice(0, 10));
  const baseTop = base.slice(0, 10);
  let wordRecall: number | null = null;
  let wordPrecision: number | null = null;
  if (relevant !== null) {
    const found = mine.filter((id) => relevant.has(id)).length;
    wordRecall = relevant.size === 0 ? 1 : found / relevant.size;
    wordPrecision = mine.length === 0 ? 1 : found / mine.length;
  }
  return {
    hits: mine.length,
    hitRecall: base.length === 0 ? 1 : base.filter((id) => set.has(id)).length / base.length,
    overlap10:
      baseTop.length === 0 ? 1 : baseTop.filter((id) => top.has(id)).length / baseTop.length,
    wordRecall,
    wordPrecision,
  };
}

/** Mean of the measured values (nulls skipped); NaN when there are none. */
export function mean(xs: readonly (number | null)[]): number {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? Number.NaN : v.reduce((n, x) => n + x, 0) / v.length;
}
