import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  BILLING_PERIODS,
  type BillingPeriod,
  DEPLOYMENTS,
  type Deployment,
  OFFERING_KINDS,
  OFFERING_LIMITS as L,
  OFFERING_STATUSES,
  type OfferingKind,
  type OfferingStatus,
  PROVIDER_KINDS,
  type ProviderKind,
  type ScenarioCode,
} from '@toolbox/domain';
import {
  compose,
  IndustryCodeList,
  RegionCodeList,
  ScenarioCodeList,
  NoControlChars,
  OptionalNotNull,
  IsOfferingStage,
  PageQuery,
} from '../common/validators.js';

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

export class PlanDto {
  @Text('name', 1, L.planNameMax)
  name!: string;

  @IsIn(BILLING_PERIODS, { message: 'billingPeriod must be one of: month, year, once' })
  billingPeriod!: BillingPeriod;

  @IsInt({ message: 'priceCents must be an integer number of fen' })
  @Min(0, { message: 'priceCents must not be negative' })
  @Max(L.priceCentsMax)
  priceCents!: number;

  @IsInt({ message: 'trialDays must be an integer' })
  @Min(0, { message: 'trialDays must not be negative' })
  @Max(L.trialDaysMax, { message: `trialDays must be at most ${L.trialDaysMax}` })
  trialDays!: number;
}

/** Field rules of the offering body, shared by create (all required) and update (all optional). */
const R = {
  title: () => Text('title', 1, L.titleMax),
  titleEn: () => Text('titleEn', 0, L.titleMax),
  summary: () => Text('summary', 1, L.summaryMax),
  summaryEn: () => Text('summaryEn', 0, L.summaryMax),
  description: () => Text('description', 1, L.descriptionMax),
  descriptionEn: () => Text('descriptionEn', 0, L.descriptionMax),
  kind: () => IsIn(OFFERING_KINDS, { message: 'kind must be one of: saas, service, hardware' }),
  scenarios: () =>
    ScenarioCodeList({ nonEmptyMessage: 'scenarios must list at least one scenario' }),
  industries: () => IndustryCodeList({ emptyMeans: 'every industry' }),
  stages: () =>
    compose(
      IsArray({ message: 'stages must be an array' }),
      ArrayMinSize(1, { message: 'stages must list at least one digital level (1–4)' }),
      ArrayMaxSize(4),
      ArrayUnique({ message: 'stages must not repeat a level' }),
      IsOfferingStage({ each: true }),
    ),
  regions: () => RegionCodeList({ emptyMeans: 'nationwide' }),
  deployment: () =>
    IsIn(DEPLOYMENTS, { message: 'deployment must be one of: public_cloud, private, hybrid' }),
  deliveryDays: () =>
    compose(
      IsInt({ message: 'deliveryDays must be an integer' }),
      Min(0, { message: 'deliveryDays must not be negative' }),
      Max(L.deliveryDaysMax, { message: `deliveryDays must be at most ${L.deliveryDaysMax}` }),
    ),
  plans: () =>
    compose(
      IsArray({ message: 'plans must be an array' }),
      ArrayMinSize(L.plansMin, { message: 'plans must have 1 to 5 entries' }),
      ArrayMaxSize(L.plansMax, { message: 'plans must have 1 to 5 entries' }),
      ValidateNested({ each: true }),
      Type(() => PlanDto),
    ),
  tags: () =>
    compose(
      IsArray({ message: 'tags must be an array' }),
      ArrayMaxSize(L.tagsMax, { message: `tags must have at most ${L.tagsMax} entries` }),
      ArrayUnique({ message: 'tags must not repeat' }),
      IsString({ each: true, message: 'each tag must be a string' }),
      NoControlChars({ each: true }),
      Length(1, L.tagMax, { each: true, message: `each tag must be 1–${L.tagMax} characters` }),
    ),
};

export class CreateOfferingRequest {
  @R.title() title!: string;
  @IsOptional() @R.titleEn() titleEn?: string;
  @R.summary() summary!: string;
  @IsOptional() @R.summaryEn() summaryEn?: string;
  @R.description() description!: string;
  @IsOptional() @R.descriptionEn() descriptionEn?: string;
  @R.kind() kind!: OfferingKind;
  @R.scenarios() scenarios!: ScenarioCode[];
  @R.industries() industries!: string[];
  @R.stages() stages!: number[];
  @R.regions() regions!: string[];
  @R.deployment() deployment!: Deployment;
  @R.deliveryDays() deliveryDays!: number;
  @R.plans() plans!: PlanDto[];
  @OptionalNotNull() @R.tags() tags?: string[];
}

/**
 * Any subset of the offering body. Only the English texts may be `null` (it clears them); a
 * `null` for any other field is a 400 `notNull` (the stored value cannot be null).
 */
export class UpdateOfferingRequest {
  @OptionalNotNull() @R.title() title?: string;
  @IsOptional() @R.titleEn() titleEn?: string | null;
  @OptionalNotNull() @R.summary() summary?: string;
  @IsOptional() @R.summaryEn() summaryEn?: string | null;
  @OptionalNotNull() @R.description() description?: string;
  @IsOptional() @R.descriptionEn() descriptionEn?: string | null;
  @OptionalNotNull() @R.kind() kind?: OfferingKind;
  @OptionalNotNull() @R.scenarios() scenarios?: ScenarioCode[];
  @OptionalNotNull() @R.industries() industries?: string[];
  @OptionalNotNull() @R.stages() stages?: number[];
  @OptionalNotNull() @R.regions() regions?: string[];
  @OptionalNotNull() @R.deployment() deployment?: Deployment;
  @OptionalNotNull() @R.deliveryDays() deliveryDays?: number;
  @OptionalNotNull() @R.plans() plans?: PlanDto[];
  @OptionalNotNull() @R.tags() tags?: string[];
}

/**
 * The offering `version` the admin reviewed (api-v1.md): when given and no longer current, the
 * review action is a 409 and changes nothing. Omitted = act on whatever is current.
 */
export class ReviewVersionRequest {
  @IsOptional()
  @IsInt({ message: 'version must be an integer' })
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class ReasonRequest extends ReviewVersionRequest {
  @Text('reason', 1, L.reasonMax)
  reason!: string;
}

export class AdminOfferingsQuery extends PageQuery {
  @IsOptional()
  @IsIn(OFFERING_STATUSES, {
    message: 'status must be one of: draft, pending, published, rejected, suspended',
  })
  status?: OfferingStatus;

  @IsOptional()
  @Text('q', 1, 100)
  q?: string;
}

export class UpsertProviderRequest {
  @Text('name', 1, L.providerNameMax)
  name!: string;

  @IsIn(PROVIDER_KINDS, {
    message:
      'kind must be one of: internet_platform, industrial_internet_platform, service_provider, large_enterprise',
  })
  kind!: ProviderKind;

  @Text('description', 1, L.providerDescriptionMax)
  description!: string;

  @IsOptional()
  @Transform(trim)
  @NoControlChars()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL such as https://example.com' },
  )
  @MaxLength(L.websiteMax)
  website?: string;
}

export class OwnOfferingsQuery extends PageQuery {
  @IsOptional()
  @IsIn(OFFERING_STATUSES, {
    message: 'status must be one of: draft, pending, published, rejected, suspended',
  })
  status?: OfferingStatus;
}
