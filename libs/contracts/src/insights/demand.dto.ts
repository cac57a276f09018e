import { IsOptional } from 'class-validator';
import type { DemandGroup } from '@toolbox/domain';
import { IsIndustryCode, IsRegionCode } from '../common/validators.js';

/** `GET /api/insights/demand?region=&industry=`: both optional (no filter = everywhere). */
export class DemandInsightQuery {
  @IsOptional()
  @IsRegionCode()
  region?: string;

  @IsOptional()
  @IsIndustryCode()
  industry?: string;
}

/** SMEs in the slice and, per scenario, demand against supply (groups under 5 SMEs suppressed). */
export interface DemandInsightView {
  smes: number;
  groups: DemandGroup[];
}
