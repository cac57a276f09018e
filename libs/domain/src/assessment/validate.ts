import { questionnaireIndicators } from './model.js';
import {
  type AnswerProblem,
  type AnswerProblemCode,
  type Answers,
  type Indicator,
  NOT_APPLICABLE,
  type Questionnaire,
} from './types.js';

/**
 * Checks a submitted answer set against a questionnaire: every indicator answered, no unknown
 * indicator, arrays exactly for `multiple` indicators, known option codes without repeats, and
 * `na` only for operations scenarios. Problems come in questionnaire order, unknown indicators last.
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set<string>();
  for (const indicator of questionnaireIndicators(questionnaire)) {
    known.add(indicator.code);
    const value = Object.hasOwn(answers, indicator.code) ? answers[indicator.code] : undefined;
    problems.push(...checkAnswer(indicator, value));
  }
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) problems.push(problem(key, 'unknown_indicator', 'unknown indicator'));
  }
  return problems;
}

/** Type guard: true when the answers are a complete, valid answer set for the questionnaire. */
export function isValidAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): answers is Answers {
  return validateAnswers(questionnaire, answers).length === 0;
}

/** Thrown by {@link assertValidAnswers} (and so by scoring) for an invalid answer set. */
export class InvalidAnswersError extends Error {
  readonly problems: readonly AnswerProblem[];

  constructor(problems: readonly AnswerProblem[]) {
    super(`Invalid assessment answers: ${problems.map((p) => p.message).join('; ')}`);
    this.name = 'InvalidAnswersError';
    this.problems = problems;
  }
}

/** Throws an {@link InvalidAnswersError} listing every problem unless the answers are valid. */
export function assertValidAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
): asserts answers is Answers {
  const problems = validateAnswers(questionnaire, answers);
  if (problems.length > 0) throw new InvalidAnswersError(problems);
}

function checkAnswer(indicator: Indicator, value: unknown): AnswerProblem[] {
  const code = indicator.code;
  if (value === undefined || value === null) {
    const hint = indicator.multiple
      ? ' (use [] when none applies)'
      : indicator.kind === 'rating'
        ? ` (use "${NOT_APPLICABLE}" when the scenario does not apply)`
        : '';
    return [problem(code, 'missing', `missing answer${hint}`)];
  }
  const optionCodes = new Set(indicator.options.map((option) => option.code));

  if (indicator.multiple) {
    if (!Array.isArray(value)) {
      return [
        problem(code, 'not_array', `expected an array of option codes, got ${describe(value)}`),
      ];
    }
    const problems: AnswerProblem[] = [];
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const element of value as readonly unknown[]) {
      if (typeof element !== 'string' || !optionCodes.has(element)) {
        problems.push(unknownOption(code, element));
      } else if (seen.has(element)) {
        if (!reported.has(element)) {
          reported.add(element);
          problems.push(problem(code, 'duplicate_option', `duplicate option ${describe(element)}`));
        }
      } else {
        seen.add(element);
      }
    }
    return problems;
  }

  if (typeof value !== 'string') {
    return [problem(code, 'not_single', `expected one option code, got ${describe(value)}`)];
  }
  if (value === NOT_APPLICABLE && indicator.kind === 'rating') return [];
  return optionCodes.has(value) ? [] : [unknownOption(code, value)];
}

function unknownOption(indicator: string, value: unknown): AnswerProblem {
  if (value === NOT_APPLICABLE) {
    return problem(
      indicator,
      'unknown_option',
      `"${NOT_APPLICABLE}" (not applicable) is only accepted for operations scenarios`,
    );
  }
  return problem(indicator, 'unknown_option', `unknown option ${describe(value)}`);
}

function problem(indicator: string, code: AnswerProblemCode, detail: string): AnswerProblem {
  return { indicator, code, message: `answers.${truncate(indicator)}: ${detail}` };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

const MAX_ECHO = 60;

function truncate(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}
