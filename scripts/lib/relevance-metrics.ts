/** Pure parts of `npm run eval:relevance` (scripts/eval-relevance.ts): metrics, arguments, the JSON report. */

/** Grade from which a result counts as relevant for precision. */
export const RELEVANT_GRADE = 2;

/** DCG with gain 2^g − 1 and discount log2(rank + 1), rank from 1. */
export function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k; the ideal ranking is built from every judged grade of the case. */
export function ndcg(ranked: readonly number[], judged: readonly number[], k: number): number {
  const ideal = dcg(
    [...judged].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 0 : dcg(ranked, k) / ideal;
}

/** precision@k: results at ranks 1..k with grade ≥ RELEVANT_GRADE, over k (missing ranks count as misses). */
export function precisionAt(ranked: readonly number[], k: number): number {
  return ranked.slice(0, k).filter((g) => g >= RELEVANT_GRADE).length / k;
}

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

export interface EvalArgs {
  /** --pool: offline check of the judgements, no stack. */
  pool: boolean;
  verbose: boolean;
  /** --json <file>. */
  jsonOut: string | undefined;
}

export function parseEvalArgs(args: readonly string[]): EvalArgs {
  const json = args.indexOf('--json');
  return {
    pool: args.includes('--pool'),
    verbose: args.includes('--verbose'),
    jsonOut: json >= 0 ? args[json + 1] : undefined,
  };
}

/** EVAL_BASE_URL without trailing slashes; '' when unset: the eval starts its own stack. */
export function evalBaseUrl(env: NodeJS.ProcessEnv): string {
  return env.EVAL_BASE_URL?.trim().replace(/\/+$/, '') ?? '';
}

/** Seed key by title: the API answers titles, the judgements name seed keys. Titles must be unique. */
export function seedKeysByTitle(
  offerings: readonly { key: string; title: string }[],
): Map<string, string> {
  const keyByTitle = new Map<string, string>();
  for (const o of offerings) {
    if (keyByTitle.has(o.title)) throw new Error(`seed titles are not unique: ${o.title}`);
    keyByTitle.set(o.title, o.key);
  }
  return keyByTitle;
}

export interface CaseScores {
  ndcg10: number;
  precision5: number;
  breaks: number;
}

/** What `--json` writes: the means, the break count and every case. */
export function relevanceReport<C extends CaseScores>(
  results: readonly C[],
  baseUrl: string,
  measuredAt: Date,
): string {
  return `${JSON.stringify(
    {
      measuredAt: measuredAt.toISOString(),
      baseUrl,
      meanNdcg10: mean(results.map((r) => r.ndcg10)),
      meanPrecision5: mean(results.map((r) => r.precision5)),
      breaks: results.reduce((s, r) => s + r.breaks, 0),
      cases: results,
    },
    null,
    2,
  )}\n`;
}

/** The process exit code: 1 when any result breaks a hard constraint. */
export function relevanceExitCode(results: readonly CaseScores[]): 0 | 1 {
  return results.some((r) => r.breaks > 0) ? 1 : 0;
}
