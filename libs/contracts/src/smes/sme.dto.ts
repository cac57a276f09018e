import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import {
  creditCodeProblem,
  DEPLOYMENTS,
  type Deployment,
  type ScenarioCode,
  type SizeClass,
} from '@toolbox/domain';
import {
  IsIndustryCode,
  IsRegionCode,
  IsScenarioCode,
  NoControlChars,
  ToInt,
} from '../common/validators.js';
import { MATCH_LIMIT_MAX, SME_LIMITS } from './sme.limits.js';

const CREDIT_CODE_MESSAGES = {
  length: 'creditCode must be exactly 18 characters',
  charset: 'creditCode may only contain digits and the letters A–H, J–N, P–R, T–U, W–Y',
  checksum: 'creditCode check character (the 18th) is wrong',
} as const;

/** Unified social credit code (GB 32100-2015), with a message saying which part is wrong. */
function IsCreditCode(): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isCreditCode',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && creditCodeProblem(value) === null,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return 'creditCode must be a string';
          const problem = creditCodeProblem(value);
          return problem === null ? 'creditCode is invalid' : CREDIT_CODE_MESSAGES[problem];
        },
      },
    });
  };
}

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class UpsertSmeRequest {
  @Transform(trim)
  @IsString({ message: 'companyName must be a string' })
  @NoControlChars()
  @Length(1, SME_LIMITS.companyNameMax, {
    message: `companyName must be 1–${SME_LIMITS.companyNameMax} characters`,
  })
  companyName!: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsCreditCode()
  creditCode!: string;

  @IsIndustryCode()
  industry!: string;

  @IsRegionCode()
  region!: string;

  @IsInt({ message: 'employees must be an integer' })
  @Min(1, { message: 'employees must be at least 1' })
  @Max(SME_LIMITS.employeesMax)
  employees!: number;

  @IsOptional()
  @IsInt({ message: 'annualRevenueCents must be an integer number of fen' })
  @Min(0, { message: 'annualRevenueCents must not be negative' })
  @Max(SME_LIMITS.revenueCentsMax)
  annualRevenueCents?: number;
}

const PRIORITY_MESSAGE = `priority must be an integer from ${SME_LIMITS.priorityMin} to ${SME_LIMITS.priorityMax}`;

export class ScenarioPriorityDto {
  @IsScenarioCode()
  code!: ScenarioCode;

  @IsInt({ message: PRIORITY_MESSAGE })
  @Min(SME_LIMITS.priorityMin, { message: PRIORITY_MESSAGE })
  @Max(SME_LIMITS.priorityMax, { message: PRIORITY_MESSAGE })
  priority!: number;
}

export class UpdateNeedsRequest {
  @ArrayMaxSize(SME_LIMITS.needScenariosMax)
  @ValidateNested({ each: true })
  @Type(() => ScenarioPriorityDto)
  scenarios!: ScenarioPriorityDto[];

  @IsOptional()
  @IsInt({ message: 'monthlyBudgetCents must be an integer number of fen' })
  @Min(0, { message: 'monthlyBudgetCents must not be negative' })
  @Max(SME_LIMITS.budgetCentsMax)
  monthlyBudgetCents?: number | null;

  @IsOptional()
  @IsIn(DEPLOYMENTS, { message: 'deployment must be one of: public_cloud, private, hybrid' })
  deployment?: Deployment | null;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'notes must be a string' })
  @NoControlChars()
  @MaxLength(SME_LIMITS.notesMax, {
    message: `notes must be at most ${SME_LIMITS.notesMax} characters`,
  })
  notes?: string | null;
}

export class MatchesQuery {
  @IsOptional()
  @ToInt()
  @IsInt({ message: 'limit must be an integer from 1 to 50' })
  @Min(1, { message: 'limit must be an integer from 1 to 50' })
  @Max(MATCH_LIMIT_MAX, { message: 'limit must be an integer from 1 to 50' })
  limit?: number;
}

export interface SmeProfileView {
  id: string;
  companyName: string;
  creditCode: string;
  industry: string;
  region: string;
  employees: number;
  annualRevenueCents: number | null;
  sizeClass: SizeClass;
  /** Digital level of the newest assessment, null before the first one. */
  level: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedsView {
  scenarios: { code: ScenarioCode; priority: number }[];
  monthlyBudgetCents: number | null;
  deployment: Deployment | null;
  notes: string | null;
  updatedAt: string | null;
}

export type { MatchReason, MatchReasonCode } from '@toolbox/domain';
export { MATCH_REASON_CODES } from '@toolbox/domain';
