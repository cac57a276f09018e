import { ApiProperty } from '@nestjs/swagger';
import type { MatchItem, MatchReason, MatchResponse } from '@toolbox/contracts';
import { MATCH_REASON_CODES, type MatchReasonCode } from '@toolbox/domain';
import { SearchItemSchema } from '../search/index.js';

class MatchReasonSchema implements MatchReason {
  @ApiProperty({ enum: MATCH_REASON_CODES }) code!: MatchReasonCode;
  @ApiProperty() textZh!: string;
  @ApiProperty() textEn!: string;
}

class MatchItemSchema implements MatchItem {
  @ApiProperty({ type: SearchItemSchema }) offering!: SearchItemSchema;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: [MatchReasonSchema] }) reasons!: MatchReasonSchema[];
}

export class MatchResponseSchema implements MatchResponse {
  @ApiProperty({ type: [MatchItemSchema] }) items!: MatchItemSchema[];
}
