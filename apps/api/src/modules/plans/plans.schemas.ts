import { ApiProperty } from '@nestjs/swagger';
import { PLAN_PHASES, PLAN_STATUSES, SCENARIO_CODES } from '@toolbox/domain';
import { PlanSchema } from '../catalogue/index.js';

class PlanOfferingSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty() providerName!: string;
  @ApiProperty({ type: [PlanSchema] }) plans!: PlanSchema[];
  @ApiProperty() minMonthlyPriceCents!: number;
}

class PlanItemSubsidySchema {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() programmeName!: string;
  @ApiProperty({ description: 'on the plan’s own price, fen' }) subsidyCents!: number;
}

export class PlanItemSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: PlanOfferingSchema, nullable: true }) offering!: PlanOfferingSchema | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SCENARIO_CODES }) scenario!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) priority!: number;
  @ApiProperty({ enum: PLAN_PHASES }) phase!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) targetDate!: string | null;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: Number }) planIndex!: number | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ description: 'chosen (or cheapest) plan as a monthly equivalent, fen' })
  monthlyCents!: number;
  @ApiProperty({ description: 'first-year cost of that plan, fen' }) yearlyCents!: number;
  @ApiProperty({ description: 'monthlyCents after the best programme the SME is eligible for' })
  netMonthlyCents!: number;
  @ApiProperty({ description: 'yearlyCents after the best programme the SME is eligible for' })
  netYearlyCents!: number;
  @ApiProperty({ type: PlanItemSubsidySchema, nullable: true })
  subsidy!: PlanItemSubsidySchema | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class CostsSchema {
  @ApiProperty() adoptedMonthlyCents!: number;
  @ApiProperty() adoptedYearlyCents!: number;
  @ApiProperty() plannedMonthlyCents!: number;
  @ApiProperty() plannedYearlyCents!: number;
  @ApiProperty({ description: 'after subsidy' }) adoptedNetMonthlyCents!: number;
  @ApiProperty({ description: 'after subsidy' }) adoptedNetYearlyCents!: number;
  @ApiProperty({ description: 'after subsidy' }) plannedNetMonthlyCents!: number;
  @ApiProperty({ description: 'after subsidy' }) plannedNetYearlyCents!: number;
}

class ProgressScenarioSchema {
  @ApiProperty() code!: string;
  @ApiProperty({ nullable: true, type: Number }) before!: number | null;
  @ApiProperty({ nullable: true, type: Number }) after!: number | null;
  @ApiProperty({ type: [String] }) adoptedItems!: string[];
}

class ProgressSchema {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ format: 'uuid' }) previousAssessmentId!: string;
  @ApiProperty({ type: [ProgressScenarioSchema] }) scenarios!: ProgressScenarioSchema[];
}

export class PlanResponseSchema {
  @ApiProperty({ type: [PlanItemSchema] }) items!: PlanItemSchema[];
  @ApiProperty({ type: CostsSchema }) costs!: CostsSchema;
  @ApiProperty({ type: ProgressSchema, nullable: true }) progress!: ProgressSchema | null;
}
