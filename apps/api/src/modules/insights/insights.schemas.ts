import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCENARIO_CODES } from '@toolbox/domain';

class DemandGroupSchema {
  @ApiProperty({ enum: SCENARIO_CODES }) scenario!: string;
  @ApiPropertyOptional({
    enum: [true],
    description: 'present (true) when fewer than 5 SMEs build the group: no counts then',
  })
  suppressed?: true;
  @ApiPropertyOptional({ description: 'SMEs with a stated need (priority) for the scenario' })
  smesNeeding?: number;
  @ApiPropertyOptional({ description: 'SMEs whose newest assessment is weak in the scenario' })
  smesWeak?: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'mean priority (1–5) among the SMEs that need it, one decimal',
  })
  avgPriority?: number | null;
  @ApiPropertyOptional({
    description: 'published offerings that list the scenario and serve the region (and industry)',
  })
  offeringsServing?: number;
}

export class DemandInsightSchema {
  @ApiProperty({ description: 'SMEs in the region/industry' }) smes!: number;
  @ApiProperty({ type: [DemandGroupSchema] }) groups!: DemandGroupSchema[];
}
