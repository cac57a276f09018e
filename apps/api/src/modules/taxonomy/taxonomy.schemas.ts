import { ApiProperty } from '@nestjs/swagger';

class IndustrySchema {
  @ApiProperty({ example: 'C34' }) code!: string;
  @ApiProperty({ example: '通用设备制造业' }) nameZh!: string;
  @ApiProperty({ example: 'General-purpose equipment' }) nameEn!: string;
}

class ScenarioSchema {
  @ApiProperty({ example: 'production_control' }) code!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ example: 'production' }) group!: string;
}

class StageSchema {
  @ApiProperty({ minimum: 0, maximum: 4 }) level!: number;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() descriptionZh!: string;
  @ApiProperty() descriptionEn!: string;
}

class RegionSchema {
  @ApiProperty({ example: '330100' }) code!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ nullable: true, type: String, example: '330000' }) parent!: string | null;
}

export class TaxonomySchema {
  @ApiProperty({ type: [IndustrySchema] }) industries!: IndustrySchema[];
  @ApiProperty({ type: [ScenarioSchema] }) scenarios!: ScenarioSchema[];
  @ApiProperty({ type: [StageSchema] }) stages!: StageSchema[];
  @ApiProperty({ type: [RegionSchema] }) regions!: RegionSchema[];
}
