import { ApiProperty } from '@nestjs/swagger';
import {
  CASE_METRIC_CODES,
  CASE_STATUSES,
  type CaseMetricCode,
  type CaseMetricView,
  type CaseStatus,
  type CaseView,
} from '@toolbox/contracts';
import { SCENARIO_CODES } from '@toolbox/domain';

export class CaseMetricSchema implements CaseMetricView {
  @ApiProperty({ enum: CASE_METRIC_CODES }) code!: CaseMetricCode;
  @ApiProperty({ example: 82 }) before!: number;
  @ApiProperty({ example: 95 }) after!: number;
}

export class CaseRefSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class CaseProviderSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CaseViewSchema implements CaseView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ maxLength: 120 }) title!: string;
  @ApiProperty({ maxLength: 8000 }) story!: string;
  @ApiProperty({ description: 'GB/T 4754-2017 division', example: 'C34' }) industry!: string;
  @ApiProperty({ description: 'GB/T 2260 code', example: '330200' }) region!: string;
  @ApiProperty({ enum: SCENARIO_CODES, isArray: true }) scenarios!: string[];
  @ApiProperty({ type: [CaseRefSchema] }) offerings!: CaseRefSchema[];
  @ApiProperty({ type: [CaseMetricSchema] }) metrics!: CaseMetricSchema[];
  @ApiProperty({ type: CaseProviderSchema }) provider!: CaseProviderSchema;
  @ApiProperty({ enum: CASE_STATUSES }) status!: CaseStatus;
  @ApiProperty({ nullable: true, type: String }) rejectionReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
}
