/**
 * The 16 business scenarios rated in the operations part (数字化经营) of the 2024 questionnaire,
 * in questionnaire order, and the ten constraint scenarios (约束性场景) among them.
 *
 * They are part of the versioned assessment model; the taxonomy re-exports them
 * (`ASSESSED_SCENARIO_CODES`, `CONSTRAINT_SCENARIO_CODES`) and checks they are scenario codes.
 */
export const ASSESSMENT_SCENARIO_CODES = [
  'product_design',
  'process_design',
  'marketing',
  'after_sales',
  'planning_scheduling',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'procurement',
  'warehouse_logistics',
  'finance',
  'hr',
  'collaboration',
  'decision_support',
] as const;

/** A scenario rated in the operations part of the assessment. */
export type AssessedScenarioCode = (typeof ASSESSMENT_SCENARIO_CODES)[number];

/** Constraint scenarios (约束性场景) of the 2024 questionnaire. */
export const ASSESSMENT_CONSTRAINT_SCENARIO_CODES = [
  'product_design',
  'marketing',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'procurement',
  'warehouse_logistics',
  'finance',
] as const satisfies readonly AssessedScenarioCode[];

/** True when `code` is one of the 16 assessed scenario codes. */
export function isAssessedScenarioCode(code: string): code is AssessedScenarioCode {
  return (ASSESSMENT_SCENARIO_CODES as readonly string[]).includes(code);
}
