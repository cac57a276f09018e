import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ScenarioCode } from '@toolbox/domain';
import {
  compose,
  ScenarioCodeList,
  IsIndustryCode,
  IsRegionCode,
  IsScenarioCode,
  NoControlChars,
  OptionalNotNull,
  PageQuery,
  ToInt,
} from '../common/validators.js';
import {
  CASE_LIMITS as L,
  CASE_METRIC_CODES,
  CASE_STATUSES,
  type CaseMetricCode,
  type CaseStatus,
} from './case.values.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

const Text = (field: string, min: number, max: number): PropertyDecorator =>
  compose(
    Transform(trim),
    IsString({ message: `${field} must be a string` }),
    NoControlChars(),
    Length(min, max, { message: `${field} must be ${min}–${max} characters` }),
  );

const Figure = (field: string): PropertyDecorator =>
  compose(
    IsNumber(
      { allowNaN: false, allowInfinity: false },
      { message: `${field} must be a finite number` },
    ),
    Min(-L.metricAbsMax, { message: `${field} must be at least ${-L.metricAbsMax}` }),
    Max(L.metricAbsMax, { message: `${field} must be at most ${L.metricAbsMax}` }),
  );

/** One before/after figure: a known metric code and two finite numbers. */
export class CaseMetricDto {
  @IsIn(CASE_METRIC_CODES, {
    message: `code must be one of: ${CASE_METRIC_CODES.join(', ')}`,
  })
  code!: CaseMetricCode;

  @Figure('before')
  before!: number;

  @Figure('after')
  after!: number;
}

/** Field rules of the case body, shared by create (all required) and update (all optional). */
const R = {
  title: () => Text('title', 1, L.titleMax),
  story: () => Text('story', 1, L.storyMax),
  industry: () => IsIndustryCode(),
  region: () => IsRegionCode(),
  scenarios: () =>
    ScenarioCodeList({
      nonEmptyMessage: 'scenarios must list at least one scenario',
      max: L.scenariosMax,
    }),
  offeringIds: () =>
    compose(
      IsArray({ message: 'offeringIds must be an array' }),
      ArrayMinSize(L.offeringIdsMin, {
        message: `offeringIds must list ${L.offeringIdsMin} to ${L.offeringIdsMax} offerings`,
      }),
      ArrayMaxSize(L.offeringIdsMax, {
        message: `offeringIds must list ${L.offeringIdsMin} to ${L.offeringIdsMax} offerings`,
      }),
      ArrayUnique({ message: 'offeringIds must not repeat an offering' }),
      IsUUID('all', { each: true, message: 'each offeringId must be a UUID' }),
    ),
  metrics: () =>
    compose(
      IsArray({ message: 'metrics must be an array' }),
      ArrayMinSize(1, { message: `metrics must have 1 to ${L.metricsMax} entries` }),
      ArrayMaxSize(L.metricsMax, { message: `metrics must have 1 to ${L.metricsMax} entries` }),
      ArrayUnique((m: unknown) => (m as { code?: unknown } | null)?.code, {
        message: 'metrics must not repeat a metric code',
      }),
      ValidateNested({ each: true }),
      Type(() => CaseMetricDto),
    ),
};

/**
 * `POST /api/cases`: a new draft. A provider links only its own published offerings; an admin
 * links the published offerings of one provider (that provider is the case's provider).
 */
export class CreateCaseRequest {
  @R.title() title!: string;
  @R.story() story!: string;
  @R.industry() industry!: string;
  @R.region() region!: string;
  @R.scenarios() scenarios!: ScenarioCode[];
  @R.offeringIds() offeringIds!: string[];
  @R.metrics() metrics!: CaseMetricDto[];
}

/** `PATCH /api/cases/:id`: any subset of the body (a draft or rejected case); `null` is a 400. */
export class UpdateCaseRequest {
  @OptionalNotNull() @R.title() title?: string;
  @OptionalNotNull() @R.story() story?: string;
  @OptionalNotNull() @R.industry() industry?: string;
  @OptionalNotNull() @R.region() region?: string;
  @OptionalNotNull() @R.scenarios() scenarios?: ScenarioCode[];
  @OptionalNotNull() @R.offeringIds() offeringIds?: string[];
  @OptionalNotNull() @R.metrics() metrics?: CaseMetricDto[];
}

/** `POST /api/admin/cases/:id/reject`. */
export class RejectCaseRequest {
  @Text('reason', 1, L.reasonMax)
  reason!: string;
}

/** `GET /api/cases?industry=&scenario=&region=&offeringId=&page=&pageSize=` (published only). */
export class CasesQuery extends PageQuery {
  @IsOptional() @IsIndustryCode() industry?: string;
  @IsOptional() @IsScenarioCode() scenario?: string;
  /** Cases whose region lies inside this one (a province contains its cities). */
  @IsOptional() @IsRegionCode() region?: string;
  @IsOptional() @IsUUID('all', { message: 'offeringId must be a UUID' }) offeringId?: string;
}

/** `GET /api/admin/cases?status=pending` (default `pending`). */
export class AdminCasesQuery extends PageQuery {
  @IsOptional()
  @IsIn(CASE_STATUSES, { message: `status must be one of: ${CASE_STATUSES.join(', ')}` })
  status?: CaseStatus;
}

/** `GET /api/cases/for-me?scenario=&limit=` (sme). */
export class CasesForMeQuery {
  @IsOptional() @IsScenarioCode() scenario?: string;

  @IsOptional()
  @ToInt()
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: `limit must be from 1 to ${L.forMeLimitMax}` })
  @Max(L.forMeLimitMax, { message: `limit must be from 1 to ${L.forMeLimitMax}` })
  limit?: number;
}
