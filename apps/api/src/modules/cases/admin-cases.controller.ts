import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminCasesQuery, RejectCaseRequest, type CaseView, type Page } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../common/openapi/openapi.decorators.js';
import { CaseViewSchema } from './cases.schemas.js';
import { CasesService } from './cases.service.js';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('admin/cases')
@Roles('admin')
export class AdminCasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @ApiOperation({ summary: 'Cases of one status (default pending, oldest submission first)' })
  @ApiQueryFrom(AdminCasesQuery)
  @ApiPage(CaseViewSchema)
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() admin: AuthUser, @Query() query: AdminCasesQuery): Promise<Page<CaseView>> {
    return this.cases.listForAdmin(admin, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a pending case (audited); otherwise 409' })
  @ApiOkResponse({ type: CaseViewSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  approve(@CurrentUser() admin: AuthUser, @UuidParam() id: string): Promise<CaseView> {
    return this.cases.review(admin, id, 'approve');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending case with a reason (audited); otherwise 409' })
  @ApiJsonBody(RejectCaseRequest)
  @ApiOkResponse({ type: CaseViewSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  reject(
    @CurrentUser() admin: AuthUser,
    @UuidParam() id: string,
    @Body() body: RejectCaseRequest,
  ): Promise<CaseView> {
    return this.cases.review(admin, id, 'reject', body.reason);
  }
}
