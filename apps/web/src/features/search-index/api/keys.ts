/** Query keys of the search-index administration. */
export const searchIndexKeys = {
  all: ['search-index'] as const,
  status: () => [...searchIndexKeys.all, 'status'] as const,
  reindex: () => [...searchIndexKeys.all, 'reindex'] as const,
};
