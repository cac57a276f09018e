/** Query keys of the search feature. */
export const searchKeys = {
  all: ['search'] as const,
  results: (query: Record<string, unknown>) => [...searchKeys.all, 'results', query] as const,
  suggestions: (q: string) => [...searchKeys.all, 'suggestions', q] as const,
  offering: (id: string) => [...searchKeys.all, 'offering', id] as const,
  netPrice: (id: string) => [...searchKeys.all, 'net-price', id] as const,
};
