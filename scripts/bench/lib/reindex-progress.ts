/** Reading the API's reindex progress as the bench polls it. */

/** The phases of a reindex, in the order the API goes through them. */
export const REINDEX_PHASES = ['settings', 'loading', 'catching_up', 'swapping', 'done'] as const;

/**
 * How long each phase lasted, from when the poller first saw each one (`seen`: phase → ms
 * since the start). Phases never seen are skipped; the last one seen has no duration.
 */
export function phaseDurations(seen: Readonly<Record<string, number>>): Record<string, number> {
  const marks = REINDEX_PHASES.filter((p) => seen[p] !== undefined).map(
    (p) => [p, seen[p]] as const,
  );
  const out: Record<string, number> = {};
  for (let i = 0; i < marks.length - 1; i += 1) out[marks[i][0]] = marks[i + 1][1] - marks[i][1];
  return out;
}

/** How many spot-checked documents the API indexed exactly as the raw baseline did. */
export function spotCheckLine(
  identical: number,
  checked: number,
  differing: Iterable<string>,
): string {
  const keys = [...differing];
  return `${identical}/${checked} documents identical to the raw-baseline documents${keys.length > 0 ? ` (differing: ${keys.join(', ')})` : ''}`;
}
