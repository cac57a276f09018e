import {
  type AnswerValue,
  type AssessmentLevel,
  bandLevel,
  combineLevel,
  type Indicator,
  NOT_APPLICABLE,
  type Questionnaire,
  type ScenarioRating,
  scenarioLevel,
  validateAnswers,
} from '@toolbox/domain';
import type { Language } from '../../lib';

/** The wizard's answers: indicator code → option code, option codes (multiple) or `na`. */
export type DraftAnswers = Readonly<Record<string, AnswerValue>>;

/** Narrows an answer to its multi-select form (`Array.isArray` alone would give `any[]`). */
export function isOptionList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

/** A bilingual text in the UI language. */
export function pick(zh: string, en: string, language: Language): string {
  return language === 'en' ? en : zh;
}

/** True when `value` is a usable answer to `indicator` (an empty array is "none of these"). */
export function isAnswered(indicator: Indicator, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  const codes = new Set(indicator.options.map((option) => option.code));
  if (indicator.multiple) {
    return isOptionList(value) && value.every((code) => codes.has(code));
  }
  if (typeof value !== 'string') return false;
  return codes.has(value) || (indicator.kind === 'rating' && value === NOT_APPLICABLE);
}

/**
 * The usable part of saved draft answers (anything else — an option dropped in a later
 * questionnaire version, a wrong type — is left out rather than sent back).
 */
export function usableAnswers(
  questionnaire: Questionnaire,
  saved: Readonly<Record<string, unknown>>,
): DraftAnswers {
  const out: Record<string, AnswerValue> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const indicator of dimension.indicators) {
      if (!Object.hasOwn(saved, indicator.code)) continue;
      const value = saved[indicator.code];
      if (typeof value === 'string' && isAnswered(indicator, value)) {
        out[indicator.code] = value;
      } else if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) {
        const unique = [...new Set(value)];
        if (isAnswered(indicator, unique)) out[indicator.code] = unique;
      }
    }
  }
  return out;
}

/** Codes of the indicators still to answer (or answered unusably), in questionnaire order. */
export function missingIndicators(questionnaire: Questionnaire, answers: DraftAnswers): string[] {
  const codes = validateAnswers(questionnaire, answers)
    .filter((problem) => problem.code !== 'unknown_indicator')
    .map((problem) => problem.indicator);
  return [...new Set(codes)];
}

/** Index of the dimension (wizard step) that holds the indicator, or -1. */
export function dimensionIndexOf(questionnaire: Questionnaire, indicatorCode: string): number {
  return questionnaire.dimensions.findIndex((dimension) =>
    dimension.indicators.some((indicator) => indicator.code === indicatorCode),
  );
}

/** Answered / total indicators of one dimension. */
export function dimensionProgress(
  questionnaire: Questionnaire,
  dimensionIndex: number,
  answers: DraftAnswers,
): { answered: number; total: number } {
  const indicators = questionnaire.dimensions[dimensionIndex]?.indicators ?? [];
  const answered = indicators.filter((indicator) =>
    isAnswered(indicator, answers[indicator.code]),
  ).length;
  return { answered, total: indicators.length };
}

/** The rating 0–4 of an operations answer (`na` → null; unanswered counts 0, like the score). */
function ratingOfAnswer(
  indicator: Indicator,
  value: AnswerValue | undefined,
): ScenarioRating | null {
  if (value === NOT_APPLICABLE) return null;
  if (indicator.kind !== 'rating') return 0;
  return indicator.options.find((option) => option.code === value)?.rating ?? 0;
}

export interface EstimatedLevel {
  bandLevel: AssessmentLevel;
  scenarioLevel: AssessmentLevel;
  level: AssessmentLevel;
}

/**
 * The level the answers so far would reach under the questionnaire's (default) level rule; the
 * server's scoring on submit is what counts.
 */
export function estimateLevel(
  questionnaire: Questionnaire,
  answers: DraftAnswers,
  totalScore: number,
): EstimatedLevel {
  const rule = questionnaire.levelRule;
  const ratings: Partial<Record<string, ScenarioRating | null>> = {};
  for (const dimension of questionnaire.dimensions) {
    for (const indicator of dimension.indicators) {
      if (indicator.kind === 'rating') {
        ratings[indicator.scenario] = ratingOfAnswer(indicator, answers[indicator.code]);
      }
    }
  }
  const band = bandLevel(totalScore, rule);
  const scenario = scenarioLevel(ratings, questionnaire.constraintScenarios, rule);
  return { bandLevel: band, scenarioLevel: scenario, level: combineLevel(band, scenario, rule) };
}

/** The indicator a validation error's field names (`answers.f_network` → `f_network`). */
export function indicatorOfField(field: string): string | undefined {
  return /^answers\.([a-z][a-z0-9_]*)(?:\.|$)/.exec(field)?.[1];
}

/** Toggles one option of a multi-select answer; unchecking the last one leaves "none" ([]). */
export function toggleOption(
  current: AnswerValue | undefined,
  option: string,
  checked: boolean,
  order: readonly string[],
): string[] {
  const chosen = new Set(isOptionList(current) ? current : []);
  if (checked) chosen.add(option);
  else chosen.delete(option);
  return order.filter((code) => chosen.has(code));
}
