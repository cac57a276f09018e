import { milliToRoundedPoints, pointsToMilli } from './model.js';
import { type AssessedScenarioCode } from './scenario-codes.js';
import {
  type AreaScore,
  type AssessmentLevel,
  type AssessmentResult,
  type DimensionScore,
  type IndicatorScore,
  type LevelRule,
  NOT_APPLICABLE,
  type NeedPriorities,
  type Questionnaire,
  type RatingIndicator,
  type ScenarioRating,
  type ScenarioRatings,
  type ScoredDimensionCode,
  type ScoredIndicator,
} from './types.js';
import { assertValidAnswers } from './validate.js';

/**
 * Scoring: pure functions over a {@link Questionnaire} (the versioned data).
 *
 * - Scored part: each indicator scores the points of its option (single) or the sum of the chosen
 *   options (multiple; `[]` = 0). Sums are computed in integer thousandths of a point, then
 *   reported rounded to 2 decimals (half up). The total is rounded once from the exact sum, so it
 *   may differ by 0.01 from the sum of the rounded dimension scores.
 * - The band level is taken from the reported (rounded) total, so that anyone recomputing it
 *   from `totalScore` gets the same level.
 * - Operations: each scenario's rating 0–4 or `na` (null). The operations entry of `dimensions`
 *   has score = the sum of the applicable scenarios' ratings and maxScore = 4 × the number of
 *   applicable scenarios; it is not part of the 100 points.
 */

export interface ScoreOptions {
  /** The SME's stated need priorities (1–5, 5 = most urgent) by scenario code. */
  readonly needPriorities?: NeedPriorities;
  /** Overrides the questionnaire's level rule (the rule is platform configuration). */
  readonly levelRule?: LevelRule;
}

export interface RunningScore {
  readonly version: string;
  /** Points so far (unanswered indicators count 0), 2 decimals. */
  readonly totalScore: number;
  /** Points available in the whole questionnaire (100). */
  readonly maxScore: number;
  readonly dimensions: readonly DimensionScore[];
  readonly areas: readonly AreaScore[];
  /** Indicators with a usable answer so far. */
  readonly answered: number;
  readonly indicatorCount: number;
  /** All indicators answered (use `validateAnswers` before submitting). */
  readonly complete: boolean;
}

/** Band level of a scored total: the highest band whose (inclusive) minimum it reaches; else 0. */
export function bandLevel(total: number, rule: LevelRule): AssessmentLevel {
  let level: AssessmentLevel = 0;
  for (const band of rule.bands) {
    if (total >= band.min && band.level > level) level = band.level;
  }
  return level;
}

/**
 * Scenario level: the highest N (1–4) such that at least `minScenarios` applicable scenarios are
 * rated ≥ N, at least `minConstraint` of them constraint scenarios; 0 when there is none.
 * Not-applicable (`null`) and missing scenarios are left out.
 */
export function scenarioLevel(
  ratings: ScenarioRatings,
  constraintCodes: readonly string[],
  rule: LevelRule,
): AssessmentLevel {
  const { minScenarios, minConstraint } = rule.scenarioRule;
  const rated = ratedScenarios(ratings);
  const constraint = new Set(constraintCodes);
  for (const level of [4, 3, 2, 1] as const) {
    const reached = rated.filter(([, rating]) => rating >= level);
    const reachedConstraint = reached.filter(([code]) => constraint.has(code)).length;
    if (reached.length >= minScenarios && reachedConstraint >= minConstraint) return level;
  }
  return 0;
}

/**
 * The firm's level: min(band level, scenario level); with `keepLevelOneWhenBandAtLeastOne`, a
 * band level ≥ 1 keeps at least level 1.
 */
export function combineLevel(
  band: AssessmentLevel,
  scenario: AssessmentLevel,
  rule: LevelRule,
): AssessmentLevel {
  const level = Math.min(band, scenario) as AssessmentLevel;
  return rule.keepLevelOneWhenBandAtLeastOne && band >= 1 && level < 1 ? 1 : level;
}

/**
 * Scenarios rated below the next level (rating < level + 1; none at level 4), applicable ones
 * only, ordered: constraint scenarios first, then by the SME's need priority (higher first; no
 * stated need = 0), then by lower rating, then by `scenarioOrder` (default: the key order of
 * `ratings`; scoring passes the questionnaire order).
 */
export function weakScenarios(
  ratings: ScenarioRatings,
  level: AssessmentLevel,
  constraintCodes: readonly string[],
  needPriorities: NeedPriorities = {},
  scenarioOrder: readonly string[] = Object.keys(ratings),
): AssessedScenarioCode[] {
  if (level >= 4) return [];
  const target = level + 1;
  const constraint = new Set(constraintCodes);
  const position = new Map<string, number>();
  for (const code of [...scenarioOrder, ...Object.keys(ratings)]) {
    if (!position.has(code)) position.set(code, position.size);
  }
  const priority = (code: string): number => {
    const value = Object.hasOwn(needPriorities, code) ? needPriorities[code] : undefined;
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
  };
  return ratedScenarios(ratings)
    .filter(([, rating]) => rating < target)
    .sort(
      ([a, ratingA], [b, ratingB]) =>
        Number(constraint.has(b)) - Number(constraint.has(a)) ||
        priority(b) - priority(a) ||
        ratingA - ratingB ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    )
    .map(([code]) => code);
}

/**
 * Scores a complete answer set. Throws `InvalidAnswersError` when the answers do not pass
 * `validateAnswers` (so an invalid set is never silently scored).
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
  opts: ScoreOptions = {},
): AssessmentResult {
  assertValidAnswers(questionnaire, answers);
  const rule = opts.levelRule ?? questionnaire.levelRule;
  const tally = tallyAnswers(questionnaire, answers);
  const totalScore = milliToRoundedPoints(tally.totalMilli);
  const band = bandLevel(totalScore, rule);
  const scenario = scenarioLevel(tally.ratings, questionnaire.constraintScenarios, rule);
  const level = combineLevel(band, scenario, rule);
  return {
    version: questionnaire.version,
    totalScore,
    bandLevel: band,
    scenarioLevel: scenario,
    level,
    dimensions: tally.dimensions,
    areas: tally.areas,
    indicators: tally.indicators,
    scenarioRatings: tally.ratings,
    weakScenarios: weakScenarios(
      tally.ratings,
      level,
      questionnaire.constraintScenarios,
      opts.needPriorities,
      tally.scenarioOrder,
    ),
  };
}

/**
 * Scores whatever has been answered so far, for the wizard: unanswered or unusable answers count
 * 0 (and unanswered scenarios count as applicable, rated 0). Never throws.
 */
export function runningScore(
  questionnaire: Questionnaire,
  partialAnswers: Readonly<Record<string, unknown>>,
): RunningScore {
  const tally = tallyAnswers(questionnaire, partialAnswers);
  const maxScore = questionnaire.dimensions.reduce((sum, d) => sum + d.maxScore, 0);
  return {
    version: questionnaire.version,
    totalScore: milliToRoundedPoints(tally.totalMilli),
    maxScore,
    dimensions: tally.dimensions,
    areas: tally.areas,
    answered: tally.answered,
    indicatorCount: tally.indicatorCount,
    complete: tally.answered === tally.indicatorCount,
  };
}

// ---------------------------------------------------------------------------------------------

interface Tally {
  readonly totalMilli: number;
  readonly dimensions: DimensionScore[];
  readonly areas: AreaScore[];
  readonly indicators: IndicatorScore[];
  readonly ratings: Partial<Record<AssessedScenarioCode, ScenarioRating | null>>;
  readonly scenarioOrder: AssessedScenarioCode[];
  readonly answered: number;
  readonly indicatorCount: number;
}

/** Lenient tally shared by full and running scoring: unusable answers count as unanswered. */
function tallyAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): Tally {
  const answerOf = (code: string): unknown =>
    Object.hasOwn(answers, code) ? answers[code] : undefined;
  const dimensions: DimensionScore[] = [];
  const areas: AreaScore[] = [];
  const indicators: IndicatorScore[] = [];
  const ratings: Partial<Record<AssessedScenarioCode, ScenarioRating | null>> = {};
  const scenarioOrder: AssessedScenarioCode[] = [];
  let totalMilli = 0;
  let answered = 0;
  let indicatorCount = 0;

  for (const dimension of questionnaire.dimensions) {
    if (dimension.code === 'operations') {
      let sum = 0;
      let applicable = 0;
      for (const indicator of dimension.indicators) {
        if (indicator.kind !== 'rating') continue;
        indicatorCount += 1;
        const rating = ratingOf(indicator, answerOf(indicator.code));
        if (rating !== undefined) answered += 1;
        ratings[indicator.scenario] = rating === undefined ? 0 : rating;
        scenarioOrder.push(indicator.scenario);
        if (rating !== null) {
          applicable += 1;
          sum += rating ?? 0;
        }
      }
      dimensions.push({ code: 'operations', score: sum, maxScore: 4 * applicable });
      continue;
    }

    const dimensionCode: ScoredDimensionCode = dimension.code;
    const milliByIndicator = new Map<string, number>();
    let dimensionMilli = 0;
    for (const indicator of dimension.indicators) {
      if (indicator.kind !== 'scored') continue;
      indicatorCount += 1;
      const milli = pointsOf(indicator, answerOf(indicator.code));
      if (milli !== undefined) answered += 1;
      milliByIndicator.set(indicator.code, milli ?? 0);
      dimensionMilli += milli ?? 0;
    }
    const areaOf = new Map<string, string>();
    for (const area of dimension.areas) {
      let areaMilli = 0;
      for (const code of area.indicatorCodes) {
        areaOf.set(code, area.code);
        areaMilli += milliByIndicator.get(code) ?? 0;
      }
      areas.push({
        code: area.code,
        dimension: dimensionCode,
        score: milliToRoundedPoints(areaMilli),
        maxScore: area.maxScore,
      });
    }
    for (const indicator of dimension.indicators) {
      if (indicator.kind !== 'scored') continue;
      indicators.push({
        code: indicator.code,
        dimension: dimensionCode,
        area: areaOf.get(indicator.code) ?? null,
        score: milliToRoundedPoints(milliByIndicator.get(indicator.code) ?? 0),
        maxScore: indicator.maxScore,
      });
    }
    dimensions.push({
      code: dimensionCode,
      score: milliToRoundedPoints(dimensionMilli),
      maxScore: dimension.maxScore,
    });
    totalMilli += dimensionMilli;
  }

  return {
    totalMilli,
    dimensions,
    areas,
    indicators,
    ratings,
    scenarioOrder,
    answered,
    indicatorCount,
  };
}

/** Thousandths of a point for a usable answer; undefined when unanswered or unusable. */
function pointsOf(indicator: ScoredIndicator, value: unknown): number | undefined {
  if (indicator.multiple) {
    if (!Array.isArray(value)) return undefined;
    const chosen = new Set(value.filter((v): v is string => typeof v === 'string'));
    return indicator.options
      .filter((option) => chosen.has(option.code))
      .reduce((sum, option) => sum + pointsToMilli(option.points), 0);
  }
  const option = indicator.options.find((o) => o.code === value);
  return option ? pointsToMilli(option.points) : undefined;
}

/** Rating for a usable answer, null for `na`, undefined when unanswered or unusable. */
function ratingOf(indicator: RatingIndicator, value: unknown): ScenarioRating | null | undefined {
  if (value === NOT_APPLICABLE) return null;
  return indicator.options.find((o) => o.code === value)?.rating;
}

function ratedScenarios(ratings: ScenarioRatings): [AssessedScenarioCode, ScenarioRating][] {
  const rated: [AssessedScenarioCode, ScenarioRating][] = [];
  for (const [code, rating] of Object.entries(ratings) as [
    AssessedScenarioCode,
    ScenarioRating | null | undefined,
  ][]) {
    if (typeof rating === 'number') rated.push([code, rating]);
  }
  return rated;
}
