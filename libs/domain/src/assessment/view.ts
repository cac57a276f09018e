import { type AssessedScenarioCode } from './scenario-codes.js';
import {
  type DimensionCode,
  type LevelRule,
  NOT_APPLICABLE,
  type NotApplicable,
  type Questionnaire,
  type ScenarioRating,
} from './types.js';

/** Public shape of `GET /api/assessments/questionnaire` (api-v1.md), with extra optional fields. */
export interface QuestionnaireView {
  readonly version: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly dimensions: readonly QuestionnaireDimensionView[];
  /** The level rule in force (the platform's configurable default). */
  readonly levelRule: LevelRule;
  /** The extra answer operations indicators accept: `na`. */
  readonly notApplicable: NotApplicable;
}

export interface QuestionnaireDimensionView {
  readonly code: DimensionCode;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly maxScore: number;
  readonly areas: readonly {
    readonly code: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly maxScore: number;
    readonly indicatorCodes: readonly string[];
  }[];
  readonly indicators: readonly QuestionnaireIndicatorView[];
}

export interface QuestionnaireIndicatorView {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly multiple: boolean;
  readonly helpZh: string;
  readonly helpEn: string;
  readonly maxScore: number;
  /** Operations indicators only: the scenario rated. */
  readonly scenario?: AssessedScenarioCode;
  /** Operations indicators only: a constraint scenario of the level rule. */
  readonly constraint?: boolean;
  /** True when `na` (not applicable) is accepted besides the options. */
  readonly acceptsNotApplicable: boolean;
  readonly options: readonly QuestionnaireOptionView[];
}

export interface QuestionnaireOptionView {
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly explanationZh?: string;
  readonly explanationEn?: string;
  /** Scored indicators: points of the option. */
  readonly points?: number;
  /** Operations indicators: rating 0–4. */
  readonly rating?: ScenarioRating;
}

/**
 * A fresh, JSON-ready copy of the questionnaire in the public API shape (no `undefined` fields,
 * nothing shared with the data, so callers may not alter the model through it).
 */
export function questionnaireView(questionnaire: Questionnaire): QuestionnaireView {
  const rule = questionnaire.levelRule;
  return {
    version: questionnaire.version,
    titleZh: questionnaire.titleZh,
    titleEn: questionnaire.titleEn,
    dimensions: questionnaire.dimensions.map((dimension) => ({
      code: dimension.code,
      nameZh: dimension.nameZh,
      nameEn: dimension.nameEn,
      maxScore: dimension.maxScore,
      areas: dimension.areas.map((area) => ({
        code: area.code,
        nameZh: area.nameZh,
        nameEn: area.nameEn,
        maxScore: area.maxScore,
        indicatorCodes: [...area.indicatorCodes],
      })),
      indicators: dimension.indicators.map((indicator): QuestionnaireIndicatorView => {
        const base = {
          code: indicator.code,
          nameZh: indicator.nameZh,
          nameEn: indicator.nameEn,
          multiple: indicator.multiple,
          helpZh: indicator.helpZh,
          helpEn: indicator.helpEn,
          maxScore: indicator.maxScore,
        };
        if (indicator.kind === 'rating') {
          return {
            ...base,
            scenario: indicator.scenario,
            constraint: indicator.constraint,
            acceptsNotApplicable: true,
            options: indicator.options.map((option) => ({
              ...optionText(option),
              rating: option.rating,
            })),
          };
        }
        return {
          ...base,
          acceptsNotApplicable: false,
          options: indicator.options.map((option) => ({
            ...optionText(option),
            points: option.points,
          })),
        };
      }),
    })),
    levelRule: {
      bands: rule.bands.map((band) => ({ min: band.min, level: band.level })),
      scenarioRule: { ...rule.scenarioRule },
      keepLevelOneWhenBandAtLeastOne: rule.keepLevelOneWhenBandAtLeastOne,
    },
    notApplicable: NOT_APPLICABLE,
  };
}

function optionText(option: {
  readonly code: string;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly explanationZh?: string;
  readonly explanationEn?: string;
}): QuestionnaireOptionView {
  return {
    code: option.code,
    labelZh: option.labelZh,
    labelEn: option.labelEn,
    ...(option.explanationZh === undefined ? {} : { explanationZh: option.explanationZh }),
    ...(option.explanationEn === undefined ? {} : { explanationEn: option.explanationEn }),
  };
}
