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

/** The ceiling of precision@k: what a perfect ranking of the case's judged grades reaches. */
export function bestPrecisionAt(judged: readonly number[], k: number): number {
  return Math.min(k, judged.filter((g) => g >= RELEVANT_GRADE).length) / k;
}

export const mean = (xs: readonly number[]): number =>
  xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;

export interface EvalArgs {
  /** --pool: offline check of the judgements, no stack. */
  pool: boolean;
  verbose: boolean;
  /** --json <file>. */
  jsonOut: string | undefined;
  /**
   * --part tuning|held-out: run only that part of the split (default: both). --part heldout2:
   * run only held-out set 2 (`eval/relevance/cases-heldout-2.json`), which no other part reads.
   */
  part: EvalPart | 'all' | 'heldout2';
}

export function parseEvalArgs(args: readonly string[]): EvalArgs {
  const json = args.indexOf('--json');
  const partAt = args.indexOf('--part');
  const part = partAt >= 0 ? args[partAt + 1] : 'all';
  if (part !== 'all' && part !== 'tuning' && part !== 'held-out' && part !== 'heldout2') {
    throw new Error(`--part must be tuning, held-out or heldout2, not ${String(part)}`);
  }
  return {
    pool: args.includes('--pool'),
    verbose: args.includes('--verbose'),
    jsonOut: json >= 0 ? args[json + 1] : undefined,
    part,
  };
}

// ── The split into a tuning part and a held-out part ──────────────────────────────────────

export type EvalPart = 'tuning' | 'held-out';

/** A result's part: one of the split, or held-out set 2 (a separate file, never split). */
export type ReportPart = EvalPart | 'heldout2';

/** Seed of the split. Fixed: changing it (or the cases) changes which cases are held out. */
export const SPLIT_SEED = 20_261_202;

/** mulberry32: a small deterministic PRNG, 0 <= x < 1. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Splits the cases into a tuning and a held-out part, stratified by level: within each level the
 * cases (in id order) are shuffled with a PRNG seeded by `seed` + level, and the first half
 * (rounded down) is held out. Deterministic: same cases and seed, same split.
 */
export function splitCases(
  cases: readonly { id: string; level: number }[],
  seed: number = SPLIT_SEED,
): Map<string, EvalPart> {
  const part = new Map<string, EvalPart>();
  const levels = [...new Set(cases.map((c) => c.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const ids = cases
      .filter((c) => c.level === level)
      .map((c) => c.id)
      .sort();
    const next = prng(seed + level);
    for (let i = ids.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    const held = Math.floor(ids.length / 2);
    ids.forEach((id, i) => part.set(id, i < held ? 'held-out' : 'tuning'));
  }
  return part;
}

export interface LevelRow {
  part: ReportPart | 'all';
  level: number | 'all';
  cases: number;
  ndcg10: number;
  precision5: number;
  breaks: number;
}

/** Means per part (tuning, held-out, all) and per level (each level, then all levels). */
export function levelTable(
  results: readonly (CaseScores & { level: number; part: ReportPart })[],
): LevelRow[] {
  const rows: LevelRow[] = [];
  const levels = [...new Set(results.map((r) => r.level))].sort((a, b) => a - b);
  for (const part of ['tuning', 'held-out', 'heldout2', 'all'] as const) {
    const inPart = results.filter((r) => part === 'all' || r.part === part);
    if (inPart.length === 0) continue;
    for (const level of [...levels, 'all'] as const) {
      const rs = inPart.filter((r) => level === 'all' || r.level === level);
      if (rs.length === 0) continue;
      rows.push({
        part,
        level,
        cases: rs.length,
        ndcg10: mean(rs.map((r) => r.ndcg10)),
        precision5: mean(rs.map((r) => r.precision5)),
        breaks: rs.reduce((s, r) => s + r.breaks, 0),
      });
    }
  }
  return rows;
}

export interface CeilingRow {
  level: number | 'all';
  cases: number;
  /** Mean over the cases of `bestPrecisionAt(judged, 5)`: the best P@5 any ranking can reach. */
  bestPrecision5: number;
}

/** The P@5 ceiling per level (each level, then all levels) of a set of judged cases. */
export function ceilingTable(
  cases: readonly { level: number; judged: readonly number[] }[],
): CeilingRow[] {
  const levels = [...new Set(cases.map((c) => c.level))].sort((a, b) => a - b);
  return [...levels, 'all' as const].map((level) => {
    const cs = cases.filter((c) => level === 'all' || c.level === level);
    return {
      level,
      cases: cs.length,
      bestPrecision5: mean(cs.map((c) => bestPrecisionAt(c.judged, 5))),
    };
  });
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
  extra: Record<string, unknown> = {},
): string {
  return `${JSON.stringify(
    {
      measuredAt: measuredAt.toISOString(),
      baseUrl,
      ...extra,
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
