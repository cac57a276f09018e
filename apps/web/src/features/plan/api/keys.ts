/** Query keys of the plan feature. */
export const planKeys = {
  all: ['plans'] as const,
  mine: () => [...planKeys.all, 'me'] as const,
};
