import { ApiProperty } from '@nestjs/swagger';
import {
  DEPLOYMENTS,
  SCENARIO_CODES,
  SIZE_CLASS_CODES,
  type Deployment,
  type ScenarioCode,
  type SizeClass,
} from '@toolbox/domain';
import type { NeedsView, SmeProfileView } from '@toolbox/contracts';

export class SmeProfileViewSchema implements SmeProfileView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() companyName!: string;
  @ApiProperty({ example: '91350100M000100Y43' }) creditCode!: string;
  @ApiProperty({ example: 'C34' }) industry!: string;
  @ApiProperty({ example: '330100' }) region!: string;
  @ApiProperty() employees!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'fen' }) annualRevenueCents!:
    number | null;
  @ApiProperty({ enum: SIZE_CLASS_CODES }) sizeClass!: SizeClass;
  @ApiProperty({ nullable: true, type: Number, minimum: 0, maximum: 4 }) level!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class ScenarioPrioritySchema {
  @ApiProperty({ enum: SCENARIO_CODES }) code!: ScenarioCode;
  @ApiProperty({ minimum: 1, maximum: 5 }) priority!: number;
}

export class NeedsViewSchema implements NeedsView {
  @ApiProperty({ type: [ScenarioPrioritySchema] }) scenarios!: ScenarioPrioritySchema[];
  @ApiProperty({ nullable: true, type: Number }) monthlyBudgetCents!: number | null;
  @ApiProperty({ nullable: true, enum: DEPLOYMENTS }) deployment!: Deployment | null;
  @ApiProperty({ nullable: true, type: String }) notes!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt!: string | null;
}
