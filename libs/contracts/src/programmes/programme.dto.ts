import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';
import {
  type BillingPeriod,
  type IneligibilityReason,
  PROGRAMME_STATUSES,
  type ProgrammeStatus,
  type ScenarioCode,
} from '@toolbox/domain';
import {
  compose,
  IndustryCodeList,
  ScenarioCodeList,
  IsRegionCode,
  IsSmeLevel,
  NoControlChars,
  OptionalNotNull,
  PageQuery,
} from '../common/validators.js';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type LedgerKind,
  PROGRAMME_LIMITS as L,
} from './programme.values.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

const Text = (field: string, min: number, max: number): PropertyDecorator =>
  compose(
    Transform(trim),
    IsString({ message: `${field} must be a string` }),
    NoControlChars(),
    Length(min, max, {
      message:
        min > 0
          ? `${field} must be ${min}–${max} characters`
          : `${field} must be at most ${max} characters`,
    }),
  );

const Cents = (field: string, min: number): PropertyDecorator =>
  compose(
    IsInt({ message: `${field} must be an integer number of fen` }),
    Min(min, { message: `${field} must be at least ${min}` }),
    Max(L.moneyCentsMax, { message: `${field} must be at most ${L.moneyCentsMax}` }),
  );

const STRICT_DATE = { strict: true, strictSeparator: true };

/** Field rules of the programme body, shared by create (all required) and update (optional). */
const R = {
  name: () => Text('name', 1, L.nameMax),
  description: () => Text('description', 0, L.descriptionMax),
  region: () => IsRegionCode(),
  industries: () => IndustryCodeList({ emptyMeans: 'every industry' }),
  scenarios: () => ScenarioCodeList({ emptyMeans: 'every scenario' }),
  levels: () =>
    compose(
      IsArray({ message: 'levels must be an array ([] = every level)' }),
      ArrayMaxSize(5),
      ArrayUnique({ message: 'levels must not repeat a level' }),
      IsSmeLevel({ each: true }),
    ),
  subsidyPercent: () =>
    compose(
      IsInt({ message: 'subsidyPercent must be an integer' }),
      Min(1, { message: 'subsidyPercent must be from 1 to 100' }),
      Max(100, { message: 'subsidyPercent must be from 1 to 100' }),
    ),
  capCents: () => Cents('capCents', 1),
  budgetCents: () => Cents('budgetCents', 1),
  opensAt: () =>
    IsISO8601(STRICT_DATE, {
      message: 'opensAt must be an ISO-8601 time such as 2026-01-01T00:00:00Z',
    }),
  closesAt: () =>
    IsISO8601(STRICT_DATE, {
      message: 'closesAt must be an ISO-8601 time such as 2026-12-31T16:00:00Z',
    }),
};

/** `POST /api/programmes` (gov, admin). `closesAt` must be after `opensAt`. */
export class CreateProgrammeRequest {
  @R.name() name!: string;
  @R.description() description!: string;
  /** GB/T 2260; a gov's programme must lie inside the gov's own region. */
  @R.region() region!: string;
  @R.industries() industries!: string[];
  @R.scenarios() scenarios!: ScenarioCode[];
  @R.levels() levels!: number[];
  @R.subsidyPercent() subsidyPercent!: number;
  @R.capCents() capCents!: number;
  @R.budgetCents() budgetCents!: number;
  @R.opensAt() opensAt!: string;
  @R.closesAt() closesAt!: string;
}

/** `PATCH /api/programmes/:id`: any subset of the body, drafts only. */
export class UpdateProgrammeRequest {
  @OptionalNotNull() @R.name() name?: string;
  @OptionalNotNull() @R.description() description?: string;
  @OptionalNotNull() @R.region() region?: string;
  @OptionalNotNull() @R.industries() industries?: string[];
  @OptionalNotNull() @R.scenarios() scenarios?: ScenarioCode[];
  @OptionalNotNull() @R.levels() levels?: number[];
  @OptionalNotNull() @R.subsidyPercent() subsidyPercent?: number;
  @OptionalNotNull() @R.capCents() capCents?: number;
  @OptionalNotNull() @R.budgetCents() budgetCents?: number;
  @OptionalNotNull() @R.opensAt() opensAt?: string;
  @OptionalNotNull() @R.closesAt() closesAt?: string;
}

/** `GET /api/programmes?region=&status=`. `region` keeps programmes whose region lies inside it. */
export class ProgrammesQuery extends PageQuery {
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @IsIn(PROGRAMME_STATUSES, { message: 'status must be one of: draft, published, closed' })
  status?: ProgrammeStatus;
}

/** `GET /api/programmes/eligible?offeringId=`. */
export class EligibleProgrammesQuery extends PageQuery {
  @IsOptional()
  @IsUUID('all', { message: 'offeringId must be a UUID' })
  offeringId?: string;
}

/** `POST /api/programmes/:id/applications` (sme). */
export class CreateApplicationRequest {
  @IsUUID('all', { message: 'offeringId must be a UUID' })
  offeringId!: string;

  @Text('planName', 1, L.planNameMax)
  planName!: string;
}

/** `GET /api/applications?programmeId=&status=`. */
export class ApplicationsQuery extends PageQuery {
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be a UUID' })
  programmeId?: string;

  @IsOptional()
  @IsIn(APPLICATION_STATUSES, {
    message: 'status must be one of: submitted, approved, rejected, withdrawn',
  })
  status?: ApplicationStatus;
}

/** `POST /api/applications/:id/reject`. */
export class RejectApplicationRequest {
  @Text('reason', 1, L.reasonMax)
  reason!: string;
}

/** `POST /api/applications/:id/approve`: an optional note for the SME. */
export class ApproveApplicationRequest {
  @IsOptional()
  @Text('note', 0, L.reasonMax)
  note?: string;
}

/** `GET /api/programmes/:id/ledger`: oldest first, the running balance in every row. */
export class LedgerQuery extends PageQuery {}

export interface ProgrammeView {
  id: string;
  name: string;
  description: string;
  region: string;
  industries: string[];
  scenarios: ScenarioCode[];
  levels: number[];
  subsidyPercent: number;
  capCents: number;
  budgetCents: number;
  /** The granted total of approved applications (less releases). */
  committedCents: number;
  /** `budgetCents − committedCents`. */
  remainingCents: number;
  opensAt: string;
  closesAt: string;
  status: ProgrammeStatus;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Why an SME is not eligible (a reason code of libs/domain and its zh/en sentence). */
export interface EligibilityView {
  eligible: boolean;
  reason: IneligibilityReason | null;
  messageZh: string | null;
  messageEn: string | null;
}

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  programme: { id: string; name: string; region: string };
  offering: { id: string; title: string };
  sme: {
    id: string;
    companyName: string;
    industry: string;
    region: string;
    sizeClass: string;
    level: number | null;
  };
  planName: string;
  billingPeriod: string;
  priceCents: number;
  /** The plan's `subsidyCents` under this programme when the SME applied. */
  requestedCents: number;
  /** Set on approval (= requestedCents); null otherwise. */
  grantedCents: number | null;
  /** The reviewer's reason (reject) or note (approve). */
  reason: string | null;
  /** Whether the SME is eligible now (for this programme and offering). */
  eligibility: EligibilityView;
  createdAt: string;
  decidedAt: string | null;
  withdrawnAt: string | null;
}

export interface LedgerEntryView {
  id: string;
  kind: LedgerKind;
  amountCents: number;
  /** The programme's committed total after this row. */
  balanceCents: number;
  /** `budgetCents − balanceCents`. */
  remainingCents: number;
  applicationId: string;
  actor: { id: string; name: string; role: string } | null;
  createdAt: string;
}

export interface PlanNetPriceView {
  name: string;
  billingPeriod: BillingPeriod;
  priceCents: number;
  subsidyCents: number;
  netPriceCents: number;
  /** The programme giving the subsidy; null when none applies. */
  programmeId: string | null;
}

export interface NetPriceView {
  plans: PlanNetPriceView[];
}
