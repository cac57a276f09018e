import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FunnelQuery, type FunnelView } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import { FunnelSchema } from './engagement.schemas.js';
import { FunnelService } from './funnel.service.js';

@ApiTags('providers')
@ApiBearerAuth()
@Controller('providers/me/funnel')
@Roles('provider')
export class FunnelController {
  constructor(private readonly funnel: FunnelService) {}

  @Get()
  @ApiOperation({
    summary:
      'The lead funnel over a period (dates in China Standard Time, inclusive; default the last 30 days): views → inquiries → trials → won/lost, per offering, with the median first response',
  })
  @ApiQueryFrom(FunnelQuery)
  @ApiOkResponse({ type: FunnelSchema })
  @ApiErrors(400, 401, 403)
  get(@CurrentUser() user: AuthUser, @Query() query: FunnelQuery): Promise<FunnelView> {
    return this.funnel.funnel(user, query);
  }
}
