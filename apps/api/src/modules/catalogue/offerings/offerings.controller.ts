import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreateOfferingRequest,
  OwnOfferingsQuery,
  UpdateOfferingRequest,
  type OfferingView,
  type Page,
  type StatusResponse,
} from '@toolbox/contracts';
import type { AuthUser } from '../../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../../common/decorators/auth.decorators.js';
import { ClientAddress } from '../../../common/http/client-address.js';
import { UuidParam } from '../../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../../common/openapi/openapi.decorators.js';
import { OfferingsService } from './offerings.service.js';
import { OfferingViewSchema, StatusResponseSchema } from './offerings.schemas.js';

@ApiTags('offerings')
@Controller('offerings')
export class OfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  @Post()
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create an offering (status draft)' })
  @ApiJsonBody(CreateOfferingRequest)
  @ApiCreatedResponse({ type: OfferingViewSchema })
  @ApiErrors(400, 401, 403, 409)
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateOfferingRequest,
  ): Promise<OfferingView> {
    return this.offerings.create(user, body);
  }

  @Get('mine')
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Own offerings in any status, newest change first' })
  @ApiQueryFrom(OwnOfferingsQuery)
  @ApiPage(OfferingViewSchema)
  @ApiErrors(400, 401, 403)
  mine(
    @CurrentUser() user: AuthUser,
    @Query() query: OwnOfferingsQuery,
  ): Promise<Page<OfferingView>> {
    return this.offerings.listMine(user, query);
  }

  @Get(':id')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'One offering: the published version for everyone; owner and admins also see unpublished ones and the pending revision',
  })
  @ApiOkResponse({ type: OfferingViewSchema })
  @ApiErrors(400, 404)
  get(
    @CurrentUser() viewer: AuthUser | undefined,
    @UuidParam() id: string,
    @ClientAddress() clientAddress: string,
  ): Promise<OfferingView> {
    return this.offerings.get(viewer, id, clientAddress);
  }

  @Patch(':id')
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Edit an offering; a published one keeps its published version and stores a pending revision',
  })
  @ApiJsonBody(UpdateOfferingRequest)
  @ApiOkResponse({ type: OfferingViewSchema })
  @ApiErrors(400, 401, 403, 404)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: UpdateOfferingRequest,
  ): Promise<OfferingView> {
    return this.offerings.update(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Submit for review (draft, rejected or suspended → pending)' })
  @ApiOkResponse({ type: StatusResponseSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  submit(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<StatusResponse> {
    return this.offerings.submit(user, id);
  }
}
