import { ApiProperty } from '@nestjs/swagger';
import { INDUSTRY_CODES, REGION_CODES, SCENARIO_CODES } from '@toolbox/domain';

class DashboardLevelsSchema {
  @ApiProperty() '0'!: number;
  @ApiProperty() '1'!: number;
  @ApiProperty() '2'!: number;
  @ApiProperty() '3'!: number;
  @ApiProperty() '4'!: number;
}

class DashboardFilterSchema {
  @ApiProperty({
    enum: REGION_CODES,
    type: String,
    nullable: true,
    description: 'null = whole country',
  })
  region!: string | null;
  @ApiProperty({ enum: INDUSTRY_CODES, type: String, nullable: true }) industry!: string | null;
}

class DashboardIndustryRowSchema {
  @ApiProperty({ enum: INDUSTRY_CODES }) industry!: string;
  @ApiProperty({ description: 'SMEs of the industry in the region, assessed or not' })
  smes!: number;
  @ApiProperty({ type: DashboardLevelsSchema, description: 'assessed SMEs per level' })
  levels!: DashboardLevelsSchema;
}

class DashboardScenarioRowSchema {
  @ApiProperty({ enum: SCENARIO_CODES }) scenario!: string;
  @ApiProperty({ description: 'assessed SMEs whose newest assessment is weak in it' })
  smesWeak!: number;
  @ApiProperty({ description: 'SMEs listing it in their needs' }) smesNeeding!: number;
  @ApiProperty({
    description: 'published offerings listing it that serve the region (and fit the industry)',
  })
  offeringsServing!: number;
}

class DashboardFunnelSchema {
  @ApiProperty({ description: 'inquiries written by SMEs in the region' }) inquiries!: number;
  @ApiProperty({ description: 'of those, reached trialing' }) trials!: number;
  @ApiProperty({ description: 'of those, won' }) won!: number;
}

class DashboardProgrammeRowSchema {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() budgetCents!: number;
  @ApiProperty() committedCents!: number;
}

export class DashboardOverviewSchema {
  @ApiProperty({ type: DashboardFilterSchema }) filter!: DashboardFilterSchema;
  @ApiProperty({ description: 'SMEs with a company profile in the region' }) smes!: number;
  @ApiProperty({ description: 'of those, with at least one submitted assessment' })
  assessed!: number;
  @ApiProperty({
    type: DashboardLevelsSchema,
    description: 'assessed SMEs per level; sums to assessed',
  })
  levels!: DashboardLevelsSchema;
  @ApiProperty({ type: [DashboardIndustryRowSchema] }) byIndustry!: DashboardIndustryRowSchema[];
  @ApiProperty({ type: [DashboardScenarioRowSchema] }) scenarios!: DashboardScenarioRowSchema[];
  @ApiProperty({ type: DashboardFunnelSchema }) funnel!: DashboardFunnelSchema;
  @ApiProperty({ type: [DashboardProgrammeRowSchema] }) programmes!: DashboardProgrammeRowSchema[];
}
