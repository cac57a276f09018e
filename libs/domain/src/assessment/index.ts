import { QUESTIONNAIRE_2024 } from './questionnaire-2024.js';
import { type Questionnaire } from './types.js';

export * from './types.js';
export * from './scenario-codes.js';
export * from './model.js';
export * from './questionnaire-2024.js';
export * from './validate.js';
export * from './scoring.js';
export * from './view.js';
export * from './scenario-diff.js';

/** The questionnaire new assessments are scored with. */
export const CURRENT_QUESTIONNAIRE: Questionnaire = QUESTIONNAIRE_2024;

/** Every published questionnaire version, so stored assessments can be re-read by version. */
export const QUESTIONNAIRES: readonly Questionnaire[] = [QUESTIONNAIRE_2024];

/** The questionnaire of a given version, or undefined. */
export function findQuestionnaire(version: string): Questionnaire | undefined {
  return QUESTIONNAIRES.find((questionnaire) => questionnaire.version === version);
}
