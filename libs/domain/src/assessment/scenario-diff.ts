import type { AssessedScenarioCode } from './scenario-codes.js';
import type { ScenarioRatings } from './types.js';

/** How one scenario's rating moved between two assessments (null: not rated, or `na`). */
export interface ScenarioRatingChange {
  code: AssessedScenarioCode;
  before: number | null;
  after: number | null;
}

/**
 * The scenarios whose rating changed from `before` to `after`, in the order they first appear.
 * The assessment history ("what moved since last time") and the plan's optimise step use it.
 */
export function scenarioChanges(
  before: ScenarioRatings,
  after: ScenarioRatings,
): ScenarioRatingChange[] {
  return (Object.keys({ ...before, ...after }) as AssessedScenarioCode[])
    .map((code) => ({ code, before: before[code] ?? null, after: after[code] ?? null }))
    .filter((s) => s.before !== s.after);
}
