import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MatchesQuery, type MatchResponse } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import { MatchResponseSchema } from './matching.schemas.js';
import { MatchingService } from './matching.service.js';

@ApiTags('smes')
@ApiBearerAuth()
@Controller()
@Roles('sme')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('matches')
  @ApiOperation({ summary: 'Best-fit published offerings with a 0..1 score and bilingual reasons' })
  @ApiQueryFrom(MatchesQuery)
  @ApiOkResponse({ type: MatchResponseSchema })
  @ApiErrors(400, 401, 403, 409, 503)
  matches(@CurrentUser() user: AuthUser, @Query() query: MatchesQuery): Promise<MatchResponse> {
    return this.matching.matchesFor(user, query.limit ?? 10);
  }
}
