import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SIZE_CLASS_CODES } from '@toolbox/domain';

class ReviewSmeSchema {
  @ApiProperty({ description: 'GB/T 4754-2017 division code' }) industry!: string;
  @ApiProperty({ description: 'GB/T 2260 region code' }) region!: string;
  @ApiProperty({ enum: SIZE_CLASS_CODES }) sizeClass!: string;
}

class ReviewReplySchema {
  @ApiProperty() body!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** A review as everyone sees it: the firm only by industry, region and size, never by name. */
export class ReviewSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) offeringId!: string;
  @ApiProperty({ minimum: 1, maximum: 5 }) rating!: number;
  @ApiProperty() body!: string;
  @ApiProperty({
    enum: ['trial', 'adopted'],
    description: '`adopted` when the SME’s inquiry on the offering reached `won`, else `trial`',
  })
  verified!: string;
  @ApiProperty({ type: ReviewSmeSchema }) sme!: ReviewSmeSchema;
  @ApiPropertyOptional({ type: ReviewReplySchema, description: 'the provider’s one reply' })
  reply?: ReviewReplySchema;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class HiddenReviewSchema extends ReviewSchema {
  @ApiProperty({ enum: [true] }) hidden!: true;
  @ApiProperty() hiddenReason!: string;
}
