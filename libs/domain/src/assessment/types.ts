import { type AssessedScenarioCode } from './scenario-codes.js';

/**
 * The assessment model as versioned data. Everything that the official indicators define (points,
 * options, descriptors) and the platform's level rule live in a {@link Questionnaire} value, never
 * in scoring code: a new version of the indicators is a new value, and old assessments keep the
 * version they were scored with.
 */

/** Answer accepted by operations indicators whose scenario does not apply to the firm. */
export const NOT_APPLICABLE = 'na';
export type NotApplicable = typeof NOT_APPLICABLE;

export type DimensionCode = 'foundations' | 'management' | 'results' | 'operations';
/** The three dimensions that carry the 100 points. */
export type ScoredDimensionCode = Exclude<DimensionCode, 'operations'>;

/** Digital level of a firm: 0 = below level 1 (未定级), 1–4 = 一级 … 四级. */
export type AssessmentLevel = 0 | 1 | 2 | 3 | 4;

/** Rating of one operations scenario: 0 = not done, 1–4 = level descriptors. */
export type ScenarioRating = 0 | 1 | 2 | 3 | 4;

interface OptionBase {
  /** Stable snake_case API code, unique within its indicator. */
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
  /** One sentence the wizard shows under the option. */
  readonly explanationZh?: string;
  readonly explanationEn?: string;
}

/** Option of a scored indicator. Points may be fractional (0.7, 1.25, 1.875). */
export interface ScoredOption extends OptionBase {
  readonly points: number;
}

/** Option of an operations indicator: a rating 0–4. */
export interface RatingOption extends OptionBase {
  readonly rating: ScenarioRating;
}

export type IndicatorOption = ScoredOption | RatingOption;

interface IndicatorBase {
  /** Unique across the questionnaire (scored: `f_…`, `m_…`, `r_…`; operations: scenario code). */
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The question as the wizard asks it. */
  readonly helpZh: string;
  readonly helpEn: string;
}

/**
 * Indicator in the 100-point part. `multiple` ones take an array of option codes (`[]` = none, 0
 * points; there is no "none" option) and score the sum of the chosen options; the others take one
 * code and score its points. `maxScore` is stated in the data and checked against the options by
 * the tests.
 */
export interface ScoredIndicator extends IndicatorBase {
  readonly kind: 'scored';
  readonly multiple: boolean;
  readonly maxScore: number;
  /** Listed from least to most digital. */
  readonly options: readonly ScoredOption[];
}

/**
 * Indicator of the operations part: one per scenario, coded as the scenario, options for ratings
 * 0–4 in that order. It also accepts {@link NOT_APPLICABLE}, which is not listed among the options.
 */
export interface RatingIndicator extends IndicatorBase {
  readonly kind: 'rating';
  readonly multiple: false;
  readonly scenario: AssessedScenarioCode;
  /** Constraint scenario (约束性场景) in the level rule. */
  readonly constraint: boolean;
  readonly maxScore: 4;
  readonly options: readonly RatingOption[];
}

export type Indicator = ScoredIndicator | RatingIndicator;

/** A group of scored indicators with its share of the points (e.g. 信息安全 security, 10). */
export interface Area {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly maxScore: number;
  readonly indicatorCodes: readonly string[];
}

export interface Dimension {
  readonly code: DimensionCode;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Points of the dimension in the 100-point total; 0 for operations (not in the points). */
  readonly maxScore: number;
  /** Areas of a scored dimension; empty for operations. */
  readonly areas: readonly Area[];
  readonly indicators: readonly Indicator[];
}

/** Score band: a total ≥ `min` (inclusive) reaches at least `level`. */
export interface LevelBand {
  readonly min: number;
  readonly level: AssessmentLevel;
}

/**
 * How the level is derived, as data (the official combining rule is not published; this is the
 * platform's configurable default).
 */
export interface LevelRule {
  /** Ascending bands; a total below the first band is level 0. */
  readonly bands: readonly LevelBand[];
  /**
   * Scenario level = the highest N such that at least `minScenarios` applicable scenarios are
   * rated ≥ N, at least `minConstraint` of them constraint scenarios; 0 when there is none.
   */
  readonly scenarioRule: { readonly minScenarios: number; readonly minConstraint: number };
  /** Level = min(band level, scenario level), but a band level ≥ 1 keeps at least level 1. */
  readonly keepLevelOneWhenBandAtLeastOne: boolean;
}

/** Bilingual name of an assessed scenario (the names of the operations indicators). */
export interface AssessedScenario {
  readonly code: AssessedScenarioCode;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly constraint: boolean;
}

export interface Questionnaire {
  readonly version: string;
  readonly titleZh: string;
  readonly titleEn: string;
  /** foundations, management, results, operations — in that order. */
  readonly dimensions: readonly Dimension[];
  readonly levelRule: LevelRule;
  /** The assessed scenarios in questionnaire order. */
  readonly scenarios: readonly AssessedScenario[];
  /** Codes of the constraint scenarios (约束性场景). */
  readonly constraintScenarios: readonly AssessedScenarioCode[];
}

/** One answer: an option code (or `na` for an operations indicator), or an array for `multiple`. */
export type AnswerValue = string | readonly string[];

/** Answers keyed by indicator code, as `POST /api/assessments` receives them once validated. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type AnswerProblemCode =
  | 'missing'
  | 'unknown_indicator'
  | 'not_array'
  | 'not_single'
  | 'unknown_option'
  | 'duplicate_option';

export interface AnswerProblem {
  /** Indicator code (for `unknown_indicator`: the offending key). */
  readonly indicator: string;
  readonly code: AnswerProblemCode;
  /** English message naming the indicator, e.g. `answers.f_network: unknown option "x"`. */
  readonly message: string;
}

/** Rating per assessed scenario; `null` = not applicable (`na`). */
export type ScenarioRatings = Readonly<
  Partial<Record<AssessedScenarioCode, ScenarioRating | null>>
>;

export interface DimensionScore {
  readonly code: DimensionCode;
  /** Points (2 decimals); for operations: the sum of the applicable scenarios' ratings. */
  readonly score: number;
  /** Points available; for operations: 4 × the number of applicable scenarios. */
  readonly maxScore: number;
}

export interface AreaScore {
  readonly code: string;
  readonly dimension: ScoredDimensionCode;
  readonly score: number;
  readonly maxScore: number;
}

export interface IndicatorScore {
  readonly code: string;
  readonly dimension: ScoredDimensionCode;
  /** Area code (null only if the data left the indicator out of every area). */
  readonly area: string | null;
  readonly score: number;
  readonly maxScore: number;
}

export interface AssessmentResult {
  /** Questionnaire version the answers were scored with. */
  readonly version: string;
  /** Scored total 0–100, rounded to 2 decimals. */
  readonly totalScore: number;
  /** Level from the score bands alone. */
  readonly bandLevel: AssessmentLevel;
  /** Level from the scenario ratings alone. */
  readonly scenarioLevel: AssessmentLevel;
  /** Combined level: the firm's digital level. */
  readonly level: AssessmentLevel;
  /** foundations, management, results, then operations (see {@link DimensionScore}). */
  readonly dimensions: readonly DimensionScore[];
  readonly areas: readonly AreaScore[];
  readonly indicators: readonly IndicatorScore[];
  readonly scenarioRatings: ScenarioRatings;
  /** Scenarios to lift to reach the next level, most important first. */
  readonly weakScenarios: readonly AssessedScenarioCode[];
}

/** Priority 1–5 (5 = most urgent) per scenario code, from the SME's stated needs. */
export type NeedPriorities = Readonly<Record<string, number>>;
