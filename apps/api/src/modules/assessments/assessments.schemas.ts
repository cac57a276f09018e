import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class DimensionScoreSchema {
  @ApiProperty({ enum: ['foundations', 'management', 'results', 'operations'] }) code!: string;
  @ApiProperty() score!: number;
  @ApiProperty() maxScore!: number;
}

class AreaScoreSchema {
  @ApiProperty() code!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty() score!: number;
  @ApiProperty() maxScore!: number;
}

class ChangeSchema {
  @ApiProperty({ format: 'uuid' }) previousId!: string;
  @ApiProperty({ description: 'points gained (negative: lost)' }) totalScore!: number;
  @ApiProperty({ description: 'levels gained' }) level!: number;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { code: { type: 'string' }, score: { type: 'number' } } },
  })
  dimensions!: { code: string; score: number }[];
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        before: { type: 'integer', nullable: true },
        after: { type: 'integer', nullable: true },
      },
    },
  })
  scenarios!: { code: string; before: number | null; after: number | null }[];
}

export class AssessmentSummarySchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) totalScore!: number;
  @ApiProperty({ minimum: 0, maximum: 4 }) level!: number;
  @ApiProperty({ type: [DimensionScoreSchema] }) dimensions!: DimensionScoreSchema[];
}

export class AssessmentViewSchema extends AssessmentSummarySchema {
  @ApiProperty({ example: '2024.1' }) version!: string;
  @ApiProperty() bandLevel!: number;
  @ApiProperty() scenarioLevel!: number;
  @ApiProperty({ type: [AreaScoreSchema] }) areas!: AreaScoreSchema[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', nullable: true },
    description: 'scenario → rating 0–4 (null = not applicable)',
  })
  scenarioRatings!: Record<string, number | null>;
  @ApiProperty({
    type: [String],
    description: 'scenarios to lift to reach the next level, most important first',
  })
  weakScenarios!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) answers!: Record<string, unknown>;
  @ApiPropertyOptional({ type: ChangeSchema, nullable: true }) change!: ChangeSchema | null;
}

export class AssessmentDraftSchema {
  @ApiProperty({ type: 'object', additionalProperties: true }) answers!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}

class OptionSchema {
  @ApiProperty() code!: string;
  @ApiProperty() labelZh!: string;
  @ApiProperty() labelEn!: string;
}

class IndicatorSchema {
  @ApiProperty() code!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() multiple!: boolean;
  @ApiProperty({ type: [OptionSchema] }) options!: OptionSchema[];
}

class DimensionSchema {
  @ApiProperty({ enum: ['foundations', 'management', 'results', 'operations'] }) code!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: [IndicatorSchema] }) indicators!: IndicatorSchema[];
}

export class QuestionnaireSchema {
  @ApiProperty({ example: '2024.1' }) version!: string;
  @ApiProperty({ type: [DimensionSchema] }) dimensions!: DimensionSchema[];
}
