import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  UpdateNeedsRequest,
  UpsertSmeRequest,
  type NeedsView,
  type SmeProfileView,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiJsonBody } from '../../common/openapi/openapi.decorators.js';
import { NeedsViewSchema, SmeProfileViewSchema } from './smes.schemas.js';
import { SmesService } from './smes.service.js';

@ApiTags('smes')
@ApiBearerAuth()
@Controller()
@Roles('sme')
export class SmesController {
  constructor(private readonly smes: SmesService) {}

  @Put('smes/me')
  @ApiOperation({ summary: 'Create or update the company profile (size class derived)' })
  @ApiJsonBody(UpsertSmeRequest)
  @ApiOkResponse({ type: SmeProfileViewSchema })
  @ApiErrors(400, 401, 403)
  upsert(@CurrentUser() user: AuthUser, @Body() body: UpsertSmeRequest): Promise<SmeProfileView> {
    return this.smes.upsertProfile(user, body);
  }

  @Get('smes/me')
  @ApiOperation({ summary: 'The company profile (409 until filled in)' })
  @ApiOkResponse({ type: SmeProfileViewSchema })
  @ApiErrors(401, 403, 409)
  profile(@CurrentUser() user: AuthUser): Promise<SmeProfileView> {
    return this.smes.getProfile(user);
  }

  @Put('smes/me/needs')
  @ApiOperation({
    summary:
      'Transformation needs: scenario priorities (5 = most urgent), budget, deployment, notes',
  })
  @ApiJsonBody(UpdateNeedsRequest)
  @ApiOkResponse({ type: NeedsViewSchema })
  @ApiErrors(400, 401, 403, 409)
  updateNeeds(@CurrentUser() user: AuthUser, @Body() body: UpdateNeedsRequest): Promise<NeedsView> {
    return this.smes.updateNeeds(user, body);
  }

  @Get('smes/me/needs')
  @ApiOperation({ summary: 'Transformation needs (empty until set)' })
  @ApiOkResponse({ type: NeedsViewSchema })
  @ApiErrors(401, 403)
  needs(@CurrentUser() user: AuthUser): Promise<NeedsView> {
    return this.smes.getNeeds(user);
  }
}
