/**
 * The search index as pure code: the document Meilisearch stores for an offering, the index
 * settings, and how a search request becomes a Meilisearch query. No I/O: the API's search
 * module sends these to Meilisearch; the benchmarks and evaluations use the same code.
 */
export * from './offering-document.js';
export * from './search-query.js';
