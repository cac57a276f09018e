import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  PLAN_PHASES,
  PLAN_STATUSES,
  type PlanPhase,
  type PlanStatus,
  type ScenarioCode,
} from '@toolbox/domain';
import type { PlanView } from '../catalogue/offering.view.js';
import { IsScenarioCode, NoControlChars, OptionalNotNull } from '../common/validators.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class CreatePlanItemRequest {
  @OptionalNotNull()
  @IsUUID('all', { message: 'offeringId must be a UUID' })
  offeringId?: string;

  /** Free-text action; required when there is no offeringId. */
  @ValidateIf((o: CreatePlanItemRequest) => o.offeringId === undefined || o.title !== undefined)
  @Transform(trim)
  @IsString({ message: 'title is required when there is no offeringId' })
  @NoControlChars()
  @Length(1, 120, { message: 'title must be 1–120 characters' })
  title?: string;

  @IsScenarioCode()
  scenario!: ScenarioCode;

  @IsInt({ message: 'priority must be an integer from 1 to 5' })
  @Min(1, { message: 'priority must be an integer from 1 to 5' })
  @Max(5, { message: 'priority must be an integer from 1 to 5' })
  priority!: number;

  @IsIn(PLAN_PHASES, { message: 'phase must be one of: now, next, later' })
  phase!: PlanPhase;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'targetDate must be a date like 2027-03-31' })
  targetDate?: string | null;

  @IsOptional()
  @IsInt({ message: 'planIndex must be the index of one of the offering’s plans' })
  @Min(0, { message: 'planIndex must be the index of one of the offering’s plans' })
  @Max(4, { message: 'planIndex must be the index of one of the offering’s plans' })
  planIndex?: number | null;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @NoControlChars()
  @MaxLength(1000, { message: 'notes must be at most 1000 characters' })
  notes?: string | null;
}

export class UpdatePlanItemRequest {
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @NoControlChars()
  @Length(1, 120, { message: 'title must be 1–120 characters' })
  title?: string;

  @OptionalNotNull()
  @IsScenarioCode()
  scenario?: ScenarioCode;

  @OptionalNotNull()
  @IsInt({ message: 'priority must be an integer from 1 to 5' })
  @Min(1, { message: 'priority must be an integer from 1 to 5' })
  @Max(5, { message: 'priority must be an integer from 1 to 5' })
  priority?: number;

  @OptionalNotNull()
  @IsIn(PLAN_PHASES, { message: 'phase must be one of: now, next, later' })
  phase?: PlanPhase;

  @OptionalNotNull()
  @IsIn(PLAN_STATUSES, {
    message: 'status must be one of: planned, trial, adopted, reviewed, dropped',
  })
  status?: PlanStatus;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'targetDate must be a date like 2027-03-31' })
  targetDate?: string | null;

  @IsOptional()
  @IsInt({ message: 'planIndex must be the index of one of the offering’s plans' })
  @Min(0, { message: 'planIndex must be the index of one of the offering’s plans' })
  @Max(4, { message: 'planIndex must be the index of one of the offering’s plans' })
  planIndex?: number | null;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @NoControlChars()
  @MaxLength(1000, { message: 'notes must be at most 1000 characters' })
  notes?: string | null;
}

export interface PlanItemView {
  id: string;
  offering: {
    id: string;
    title: string;
    titleEn: string | null;
    providerName: string;
    plans: PlanView[];
    minMonthlyPriceCents: number;
  } | null;
  title: string;
  scenario: ScenarioCode;
  priority: number;
  phase: PlanPhase;
  targetDate: string | null;
  status: PlanStatus;
  planIndex: number | null;
  notes: string | null;
  /** Before subsidy: the chosen plan (or the cheapest by monthly equivalent) per month / year. */
  monthlyCents: number;
  yearlyCents: number;
  /**
   * After subsidy: the same plan at its net price under the best public programme the SME is
   * eligible for today (`GET /api/offerings/:id/net-price`); equal to the amounts before subsidy
   * when none applies. An estimate: whether an application is granted is decided separately.
   */
  netMonthlyCents: number;
  netYearlyCents: number;
  /** The programme behind the net price and its subsidy on the plan's price; null when none. */
  subsidy: PlanItemSubsidy | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlanItemSubsidy {
  programmeId: string;
  programmeName: string;
  /** On the plan's own price (per month for a monthly plan, per year or once otherwise). */
  subsidyCents: number;
}

/** Totals before subsidy (`…MonthlyCents`, `…YearlyCents`) and after (`…NetMonthlyCents`, …). */
export interface PlanCosts {
  adoptedMonthlyCents: number;
  adoptedYearlyCents: number;
  plannedMonthlyCents: number;
  plannedYearlyCents: number;
  adoptedNetMonthlyCents: number;
  adoptedNetYearlyCents: number;
  plannedNetMonthlyCents: number;
  plannedNetYearlyCents: number;
}

export interface PlanProgress {
  assessmentId: string;
  previousAssessmentId: string;
  scenarios: {
    code: string;
    before: number | null;
    after: number | null;
    adoptedItems: string[];
  }[];
}

export interface PlanResponse {
  items: PlanItemView[];
  costs: PlanCosts;
  progress: PlanProgress | null;
}
