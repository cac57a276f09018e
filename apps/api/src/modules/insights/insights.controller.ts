import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DemandInsightQuery, type DemandInsightView } from '@toolbox/contracts';
import { Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import { DemandInsightSchema } from './insights.schemas.js';
import { InsightsService } from './insights.service.js';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('insights')
@Roles('provider', 'admin')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get('demand')
  @ApiOperation({
    summary:
      'Per scenario: SMEs needing it and weak in it against published offerings serving it; groups under 5 SMEs are suppressed',
  })
  @ApiQueryFrom(DemandInsightQuery)
  @ApiOkResponse({ type: DemandInsightSchema })
  @ApiErrors(400, 401, 403)
  demand(@Query() query: DemandInsightQuery): Promise<DemandInsightView> {
    return this.insights.demand(query);
  }
}
