import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AdminOfferingsQuery,
  ReasonRequest,
  ReviewVersionRequest,
  type OfferingDiff,
  type OfferingView,
  type Page,
  type StatusResponse,
} from '@toolbox/contracts';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../../common/openapi/openapi.decorators.js';
import { OfferingsService } from './offerings.service.js';
import {
  OfferingDiffSchema,
  OfferingViewSchema,
  StatusResponseSchema,
} from './offerings.schemas.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/offerings')
@Roles('admin')
export class AdminOfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Review queue and catalogue by status; status=pending also lists published offerings with a pending revision',
  })
  @ApiQueryFrom(AdminOfferingsQuery)
  @ApiPage(OfferingViewSchema)
  @ApiErrors(400, 401, 403)
  list(@Query() query: AdminOfferingsQuery): Promise<Page<OfferingView>> {
    return this.offerings.listForAdmin(query);
  }

  @Get(':id/diff')
  @ApiOperation({
    summary: 'Field-by-field diff of the pending revision against the published version',
  })
  @ApiOkResponse({ type: OfferingDiffSchema })
  @ApiErrors(400, 401, 403, 404)
  diff(@UuidParam() id: string): Promise<OfferingDiff> {
    return this.offerings.diff(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve a pending offering or a pending revision; with `version`, 409 when it is no longer current',
  })
  @ApiJsonBody(ReviewVersionRequest, { required: false })
  @ApiOkResponse({ type: StatusResponseSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  approve(
    @CurrentUser() admin: AuthUser,
    @UuidParam() id: string,
    @Body() body: ReviewVersionRequest = {},
  ): Promise<StatusResponse> {
    return this.offerings.review(admin, id, 'approve', null, body.version ?? undefined);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Reject a pending offering or discard a pending revision (reason shown to the provider)',
  })
  @ApiJsonBody(ReasonRequest)
  @ApiOkResponse({ type: StatusResponseSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  reject(
    @CurrentUser() admin: AuthUser,
    @UuidParam() id: string,
    @Body() body: ReasonRequest,
  ): Promise<StatusResponse> {
    return this.offerings.review(admin, id, 'reject', body.reason, body.version ?? undefined);
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a published offering off the marketplace' })
  @ApiJsonBody(ReasonRequest)
  @ApiOkResponse({ type: StatusResponseSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  suspend(
    @CurrentUser() admin: AuthUser,
    @UuidParam() id: string,
    @Body() body: ReasonRequest,
  ): Promise<StatusResponse> {
    return this.offerings.review(admin, id, 'suspend', body.reason, body.version ?? undefined);
  }
}
