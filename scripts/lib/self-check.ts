/** Pure parts of the manual self-check of the embedded services (scripts/self-check-services.ts). */

export type SelfCheckMode = { mode: 'launcher'; dir: string } | { mode: 'check'; keep: boolean };

/** `--launcher <dir>`: the child that is killed; otherwise the check itself (`--keep` keeps its dir). */
export function selfCheckMode(args: readonly string[]): SelfCheckMode {
  const [first, dir] = args;
  if (first === '--launcher' && dir !== undefined) return { mode: 'launcher', dir };
  return { mode: 'check', keep: args.includes('--keep') };
}

/** The launcher child's `READY <postgres pid> <meilisearch pid>` line, once it is in `output`. */
export function parseReady(output: string): { pgPid: number; meiliPid: number } | null {
  const match = /READY (\d+) (\d+)/.exec(output);
  if (match === null) return null;
  return { pgPid: Number(match[1]), meiliPid: Number(match[2]) };
}

/** `name:outcome` of each recovered child, as the recovery line prints them. */
export function recoveredList(recovered: readonly { name: string; outcome: string }[]): string {
  return recovered.map((r) => `${r.name}:${r.outcome}`).join(', ');
}
