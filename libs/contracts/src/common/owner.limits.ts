/**
 * How much one account may own, and how many values one repeated search parameter may carry.
 * Over a cap the API answers 409 (owned rows) or 400 (search parameters) naming the limit. No
 * decorators here: the web imports these values through `@toolbox/contracts/constants`.
 */
export const OWNER_LIMITS = {
  /** Plan items per SME account. */
  planItemsPerSme: 200,
  /** Offerings (in any status) per provider. */
  offeringsPerProvider: 500,
} as const;

/** The most values one repeated search query parameter (`scenario=a&scenario=b…`) may carry. */
export const SEARCH_VALUES_PER_PARAMETER_MAX = 30;
