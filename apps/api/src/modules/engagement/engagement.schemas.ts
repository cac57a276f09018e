import { ApiProperty } from '@nestjs/swagger';
import { INQUIRY_KINDS, INQUIRY_STATUSES } from '@toolbox/domain';

class InquiryOfferingSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

class InquiryProviderSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class InquirySmeSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ example: 'C34' }) industry!: string;
  @ApiProperty({ example: '330100' }) region!: string;
  @ApiProperty() sizeClass!: string;
  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 4 }) level!: number | null;
}

export class InquiryMessageSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['sme', 'provider'] }) author!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

class InquiryEventSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['created', 'message', 'status', 'plan_item'] }) type!: string;
  @ApiProperty({ enum: ['sme', 'provider', 'system'] }) actor!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES, nullable: true, type: String }) from!: string | null;
  @ApiProperty({ enum: INQUIRY_STATUSES, nullable: true, type: String }) to!: string | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({
    enum: ['trial', 'adopted'],
    nullable: true,
    type: String,
    description: 'plan_item events: the status the SME’s plan item for the offering moved to',
  })
  planStatus!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class InquirySummarySchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: INQUIRY_KINDS }) kind!: string;
  @ApiProperty({ enum: INQUIRY_STATUSES }) status!: string;
  @ApiProperty({ type: InquiryOfferingSchema }) offering!: InquiryOfferingSchema;
  @ApiProperty({ type: InquiryProviderSchema }) provider!: InquiryProviderSchema;
  @ApiProperty({
    type: InquirySmeSchema,
    description:
      'the SME that wrote the inquiry (shown to its provider because the SME wrote to it)',
  })
  sme!: InquirySmeSchema;
  @ApiProperty({ nullable: true, type: String }) planName!: string | null;
  @ApiProperty() messageCount!: number;
  @ApiProperty({ format: 'date-time' }) lastMessageAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', description: 'newest activity (message or move)' })
  updatedAt!: string;
}

export class InquirySchema extends InquirySummarySchema {
  @ApiProperty({ type: [InquiryMessageSchema] }) messages!: InquiryMessageSchema[];
  @ApiProperty({ type: [InquiryEventSchema] }) events!: InquiryEventSchema[];
}

class FunnelOfferingSchema {
  @ApiProperty({ format: 'uuid' }) offeringId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() views!: number;
  @ApiProperty() inquiries!: number;
  @ApiProperty() trials!: number;
  @ApiProperty() won!: number;
}

export class FunnelSchema {
  @ApiProperty({ format: 'date-time', description: 'start of the period (inclusive)' })
  from!: string;
  @ApiProperty({ format: 'date-time', description: 'end of the period (exclusive)' }) to!: string;
  @ApiProperty() views!: number;
  @ApiProperty() inquiries!: number;
  @ApiProperty() trials!: number;
  @ApiProperty() won!: number;
  @ApiProperty() lost!: number;
  @ApiProperty({ nullable: true, type: Number }) medianFirstResponseMinutes!: number | null;
  @ApiProperty({ type: [FunnelOfferingSchema] }) byOffering!: FunnelOfferingSchema[];
}
