import { ApiProperty } from '@nestjs/swagger';
import type {
  ApplicationView,
  EligibilityView,
  LedgerEntryView,
  NetPriceView,
  PlanNetPriceView,
  ProgrammeView,
} from '@toolbox/contracts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  LEDGER_KINDS,
  type LedgerKind,
} from '@toolbox/contracts';
import {
  BILLING_PERIODS,
  type BillingPeriod,
  INELIGIBILITY_REASONS,
  type IneligibilityReason,
  PROGRAMME_STATUSES,
  type ProgrammeStatus,
  type ScenarioCode,
} from '@toolbox/domain';

/** OpenAPI shapes of the programmes answers; `implements` keeps them true to the contracts. */
export class ProgrammeSchema implements ProgrammeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: '330000' }) region!: string;
  @ApiProperty({ type: [String], description: '[] = every industry' }) industries!: string[];
  @ApiProperty({ type: [String], description: '[] = every scenario' }) scenarios!: ScenarioCode[];
  @ApiProperty({ type: [Number], description: '[] = every level' }) levels!: number[];
  @ApiProperty({ minimum: 1, maximum: 100 }) subsidyPercent!: number;
  @ApiProperty({ description: 'per application, fen' }) capCents!: number;
  @ApiProperty() budgetCents!: number;
  @ApiProperty() committedCents!: number;
  @ApiProperty() remainingCents!: number;
  @ApiProperty({ format: 'date-time' }) opensAt!: string;
  @ApiProperty({ format: 'date-time' }) closesAt!: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status!: ProgrammeStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class EligibilitySchema implements EligibilityView {
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ enum: INELIGIBILITY_REASONS, nullable: true, type: String })
  reason!: IneligibilityReason | null;
  @ApiProperty({ type: String, nullable: true }) messageZh!: string | null;
  @ApiProperty({ type: String, nullable: true }) messageEn!: string | null;
}

class ApplicationProgrammeSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() region!: string;
}

class ApplicationOfferingSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

class ApplicationSmeSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty() industry!: string;
  @ApiProperty() region!: string;
  @ApiProperty() sizeClass!: string;
  @ApiProperty({ type: Number, nullable: true }) level!: number | null;
}

export class ApplicationSchema implements ApplicationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ type: ApplicationProgrammeSchema }) programme!: ApplicationProgrammeSchema;
  @ApiProperty({ type: ApplicationOfferingSchema }) offering!: ApplicationOfferingSchema;
  @ApiProperty({ type: ApplicationSmeSchema }) sme!: ApplicationSmeSchema;
  @ApiProperty() planName!: string;
  @ApiProperty() billingPeriod!: string;
  @ApiProperty() priceCents!: number;
  @ApiProperty() requestedCents!: number;
  @ApiProperty({ type: Number, nullable: true }) grantedCents!: number | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: EligibilitySchema }) eligibility!: EligibilitySchema;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt!: string | null;
}

class LedgerActorSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
}

export class LedgerEntrySchema implements LedgerEntryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LEDGER_KINDS }) kind!: LedgerKind;
  @ApiProperty({ description: 'positive; kind gives the direction' }) amountCents!: number;
  @ApiProperty({ description: 'the committed total after this row' }) balanceCents!: number;
  @ApiProperty() remainingCents!: number;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ type: LedgerActorSchema, nullable: true }) actor!: LedgerActorSchema | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class PlanNetPriceSchema implements PlanNetPriceView {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: BILLING_PERIODS }) billingPeriod!: BillingPeriod;
  @ApiProperty() priceCents!: number;
  @ApiProperty() subsidyCents!: number;
  @ApiProperty() netPriceCents!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programmeId!: string | null;
}

export class NetPriceSchema implements NetPriceView {
  @ApiProperty({ type: [PlanNetPriceSchema] }) plans!: PlanNetPriceSchema[];
}
