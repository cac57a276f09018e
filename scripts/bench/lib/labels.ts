/**
 * The names of the measured runs. They are the rows of the console summary and of
 * docs/benchmarks.md, which are compared run against run: never rename one (report.spec.ts pins them).
 */
export const RUN_LABELS = {
  searchApi1: 'search API, 1 client',
  searchDirect1: 'search direct Meilisearch, 1 client',
  searchDirectFetch1: 'search direct Meilisearch via fetch, compressed answers (gzip/br), 1 client',
  searchApi16: 'search API, 16 clients',
  searchDirect16: 'search direct Meilisearch, 16 clients',
  searchPg1: 'search PostgreSQL baseline, 1 client',
  matchesApi1: 'matches API, 1 client',
  matchesApi16: 'matches API, 16 clients',
} as const;
