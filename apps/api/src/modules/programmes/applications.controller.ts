import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApplicationsQuery,
  ApproveApplicationRequest,
  RejectApplicationRequest,
  type ApplicationView,
  type Page,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../common/openapi/openapi.decorators.js';
import { ApplicationsService } from './applications.service.js';
import { ApplicationSchema } from './programmes.schemas.js';

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @Roles('sme', 'gov', 'admin')
  @ApiOperation({
    summary:
      'Programme applications, newest first: an SME its own, a gov account its region’s, an admin all',
  })
  @ApiQueryFrom(ApplicationsQuery)
  @ApiPage(ApplicationSchema)
  @ApiErrors(400, 401, 403)
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ApplicationsQuery,
  ): Promise<Page<ApplicationView>> {
    return this.applications.list(user, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('gov', 'admin')
  @ApiOperation({
    summary:
      'Approve: commits grantedCents = requestedCents against the budget in one transaction; 409 when the remaining budget is less',
  })
  @ApiJsonBody(ApproveApplicationRequest, { required: false })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  approve(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: ApproveApplicationRequest,
  ): Promise<ApplicationView> {
    return this.applications.approve(user, id, body.note);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('gov', 'admin')
  @ApiOperation({ summary: 'Reject with a reason (shown to the SME)' })
  @ApiJsonBody(RejectApplicationRequest)
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  reject(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: RejectApplicationRequest,
  ): Promise<ApplicationView> {
    return this.applications.reject(user, id, body.reason);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('sme')
  @ApiOperation({
    summary:
      'Withdraw own application; an approved one (while the programme is open) releases its grant to the budget',
  })
  @ApiOkResponse({ type: ApplicationSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  withdraw(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ApplicationView> {
    return this.applications.withdraw(user, id);
  }
}
