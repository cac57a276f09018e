import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  BILLING_PERIODS,
  DEPLOYMENTS,
  OFFERING_KINDS,
  OFFERING_STATUSES,
  PROVIDER_KINDS,
  SCENARIO_CODES,
  type BillingPeriod,
  type Deployment,
  type OfferingKind,
  type OfferingStatus,
  type ProviderKind,
  type ScenarioCode,
} from '@toolbox/domain';
import type {
  OfferingContent,
  OfferingDiff,
  OfferingView,
  PlanView,
  ProviderPublicView,
  ProviderRef,
  ProviderView,
  StatusResponse,
} from '@toolbox/contracts';
import { FieldChangeSchema } from '../audit/audit.schemas.js';

export class PlanSchema implements PlanView {
  @ApiProperty({ example: '标准版' }) name!: string;
  @ApiProperty({ enum: BILLING_PERIODS }) billingPeriod!: BillingPeriod;
  @ApiProperty({ description: 'price in fen (CNY minor units)', example: 99900 })
  priceCents!: number;
  @ApiProperty({ example: 14 }) trialDays!: number;
}

export class OfferingContentSchema implements OfferingContent {
  @ApiProperty({ maxLength: 80 }) title!: string;
  @ApiProperty({ nullable: true, type: String }) titleEn!: string | null;
  @ApiProperty({ maxLength: 200 }) summary!: string;
  @ApiProperty({ nullable: true, type: String }) summaryEn!: string | null;
  @ApiProperty({ maxLength: 10000 }) description!: string;
  @ApiProperty({ nullable: true, type: String }) descriptionEn!: string | null;
  @ApiProperty({ enum: OFFERING_KINDS }) kind!: OfferingKind;
  @ApiProperty({ enum: SCENARIO_CODES, isArray: true }) scenarios!: ScenarioCode[];
  @ApiProperty({ type: [String], description: 'GB/T 4754-2017 divisions; [] = every industry' })
  industries!: string[];
  @ApiProperty({ type: [Number], description: 'digital levels 1–4' }) stages!: number[];
  @ApiProperty({ type: [String], description: 'GB/T 2260 codes; [] = nationwide' })
  regions!: string[];
  @ApiProperty({ enum: DEPLOYMENTS }) deployment!: Deployment;
  @ApiProperty() deliveryDays!: number;
  @ApiProperty({ type: [PlanSchema] }) plans!: PlanSchema[];
  @ApiProperty({ type: [String] }) tags!: string[];
}

export class ProviderRefSchema implements ProviderRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROVIDER_KINDS }) kind!: ProviderKind;
}

class RevisionSchema extends OfferingContentSchema {
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
}

export class OfferingViewSchema extends OfferingContentSchema implements OfferingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OFFERING_STATUSES }) status!: OfferingStatus;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'reason of the last rejection or suspension',
  })
  statusReason!: string | null;
  @ApiProperty({ type: ProviderRefSchema }) provider!: ProviderRefSchema;
  @ApiProperty({ description: 'cheapest plan as a monthly equivalent, fen' })
  minMonthlyPriceCents!: number;
  @ApiProperty({ nullable: true, type: Number }) rating!: number | null;
  @ApiProperty() reviewCount!: number;
  @ApiProperty({ description: 'an edit of the published offering waits for review' })
  pendingRevision!: boolean;
  @ApiProperty({
    description:
      'incremented by every change to the offering or its pending revision; send it back with approve/reject/suspend',
  })
  version!: number;
  @ApiPropertyOptional({
    type: RevisionSchema,
    nullable: true,
    description: 'owner and admins only',
  })
  revision?: RevisionSchema | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class StatusResponseSchema implements StatusResponse {
  @ApiProperty({ enum: OFFERING_STATUSES }) status!: OfferingStatus;
  @ApiPropertyOptional() pendingRevision?: boolean;
}

export class OfferingDiffSchema implements OfferingDiff {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: OFFERING_STATUSES }) status!: OfferingStatus;
  @ApiProperty({ description: "the offering's version this diff was computed from" })
  version!: number;
  @ApiProperty({ type: [FieldChangeSchema] }) changes!: FieldChangeSchema[];
}

export class ProviderViewSchema implements ProviderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROVIDER_KINDS }) kind!: ProviderKind;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) website!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ProviderPublicViewSchema extends ProviderViewSchema implements ProviderPublicView {
  @ApiProperty() offeringCount!: number;
  @ApiProperty({ type: [OfferingViewSchema] }) offerings!: OfferingViewSchema[];
}
