/** The bench's command line (see scripts/bench/search.ts for the flags). */

export interface BenchOptions {
  offerings: number;
  smes: number;
  approvals: number;
  write: boolean;
  json: string | undefined;
  rawSequential: boolean;
  /** Experiment: index the raw documents with other threads/settings on throw-away servers. */
  indexExperiments: boolean;
  skipPg: boolean;
}

/** The full-size catalogue: the only size whose results are written to docs/benchmarks.md. */
export const FULL_SIZE = 100_000;

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function parseOptions(args: readonly string[]): BenchOptions {
  const offerings = Number(argValue(args, '--offerings') ?? FULL_SIZE);
  if (!Number.isInteger(offerings) || offerings < 1000)
    throw new Error('--offerings must be an integer ≥ 1000');
  return {
    offerings,
    smes: 200,
    approvals: 25,
    write: !args.includes('--no-write') && offerings === FULL_SIZE,
    json: argValue(args, '--json'),
    rawSequential: args.includes('--raw-sequential'),
    indexExperiments: args.includes('--index-experiments'),
    skipPg: args.includes('--skip-pg'),
  };
}
