import type { SME_LIMITS } from '@toolbox/contracts/constants';

/** The priorities a scenario may have (1 = can wait … 5 = urgent), each with its own label. */
export const PRIORITIES = [1, 2, 3, 4, 5] as const;

// Bound to the contract's range at compile time: changing the API's range breaks this line.
export const PRIORITY_RANGE: readonly [
  typeof SME_LIMITS.priorityMin,
  typeof SME_LIMITS.priorityMax,
] = [PRIORITIES[0], PRIORITIES[4]];

/** The priority a newly picked scenario starts with. */
export const DEFAULT_PRIORITY = 3;
