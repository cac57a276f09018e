import { IsDefined, IsObject } from 'class-validator';
import type {
  AreaScore,
  AssessedScenarioCode,
  DimensionScore,
  ScenarioRatings,
} from '@toolbox/domain';

/**
 * `POST /api/assessments` and `PUT /api/assessments/draft`. The answers themselves are checked
 * against the versioned questionnaire in the domain (400 naming the indicator), not here.
 */
export class SubmitAssessmentRequest {
  @IsDefined({ message: 'answers is required' })
  @IsObject({ message: 'answers must be an object keyed by indicator code' })
  answers!: Record<string, unknown>;
}

export class SaveDraftRequest {
  @IsDefined({ message: 'answers is required' })
  @IsObject({ message: 'answers must be an object keyed by indicator code' })
  answers!: Record<string, unknown>;
}

export interface AssessmentChange {
  previousId: string;
  totalScore: number;
  level: number;
  dimensions: { code: string; score: number }[];
  /** Scenarios whose rating changed: before → after (null = not applicable). */
  scenarios: { code: AssessedScenarioCode; before: number | null; after: number | null }[];
}

export interface AssessmentView {
  id: string;
  createdAt: string;
  version: string;
  totalScore: number;
  level: number;
  bandLevel: number;
  scenarioLevel: number;
  dimensions: DimensionScore[];
  areas: AreaScore[];
  scenarioRatings: ScenarioRatings;
  weakScenarios: AssessedScenarioCode[];
  answers: Record<string, string | string[]>;
  /** Difference to the SME's previous assessment (null for the first). */
  change: AssessmentChange | null;
}

export interface AssessmentSummary {
  id: string;
  createdAt: string;
  totalScore: number;
  level: number;
  dimensions: DimensionScore[];
}

export interface AssessmentDraftView {
  answers: Record<string, unknown>;
  updatedAt: string | null;
}
