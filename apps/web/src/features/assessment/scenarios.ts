import {
  type AssessedScenarioCode,
  findIndicator,
  type Questionnaire,
  type RatingOption,
  SCENARIO_GROUPS,
  type ScenarioGroupCode,
  scenarioByCode,
} from '@toolbox/domain';
import type { Language } from '../../lib';
import { pick } from './answers';

/** The rating option (level descriptor) of a scenario, e.g. production_control r2 = "MES". */
export function ratingOption(
  questionnaire: Questionnaire,
  scenario: string,
  rating: number,
): RatingOption | undefined {
  const indicator = findIndicator(questionnaire, scenario);
  if (indicator?.kind !== 'rating') return undefined;
  return indicator.options.find((option) => option.rating === rating);
}

export interface ScenarioGroupRow {
  code: ScenarioGroupCode;
  name: string;
  scenarios: AssessedScenarioCode[];
}

/** The assessed scenarios by taxonomy group (产品生命周期, 生产执行, 供应链, 管理决策). */
export function scenarioGroups(
  questionnaire: Questionnaire,
  language: Language,
): ScenarioGroupRow[] {
  return SCENARIO_GROUPS.filter((group) => group.assessed).map((group) => ({
    code: group.code,
    name: pick(group.nameZh, group.nameEn, language),
    scenarios: questionnaire.scenarios
      .map((scenario) => scenario.code)
      .filter((code) => scenarioByCode(code)?.group === group.code),
  }));
}
