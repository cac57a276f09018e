import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreateInquiryRequest,
  InquiriesQuery,
  InquiryMessageRequest,
  InquiryStatusRequest,
  type InquiryMessageView,
  type InquirySummaryView,
  type InquiryView,
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
import { InquiryMessageSchema, InquirySchema, InquirySummarySchema } from './engagement.schemas.js';
import { InquiriesService } from './inquiries.service.js';

@ApiTags('inquiries')
@ApiBearerAuth()
@Controller('inquiries')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Post()
  @Roles('sme')
  @ApiOperation({
    summary:
      'Ask a question, request a trial or a quote about a published offering (the message starts the thread); at most 20 a day',
  })
  @ApiJsonBody(CreateInquiryRequest)
  @ApiCreatedResponse({ type: InquirySchema })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateInquiryRequest): Promise<InquiryView> {
    return this.inquiries.create(user, body);
  }

  @Get()
  @Roles('sme', 'provider', 'admin')
  @ApiOperation({
    summary:
      'Inquiries, newest activity first: an SME its own, a provider those on its offerings, an admin all',
  })
  @ApiQueryFrom(InquiriesQuery)
  @ApiPage(InquirySummarySchema)
  @ApiErrors(400, 401, 403)
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: InquiriesQuery,
  ): Promise<Page<InquirySummaryView>> {
    return this.inquiries.list(user, query);
  }

  @Get(':id')
  @Roles('sme', 'provider', 'admin')
  @ApiOperation({
    summary: 'One inquiry with its messages and events (its SME, its provider, admins; others 404)',
  })
  @ApiOkResponse({ type: InquirySchema })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<InquiryView> {
    return this.inquiries.get(user, id);
  }

  @Post(':id/messages')
  @Roles('sme', 'provider')
  @ApiOperation({
    summary:
      'Write in the thread (the SME or the owning provider); the provider’s first message makes it responded; 409 once finished',
  })
  @ApiJsonBody(InquiryMessageRequest)
  @ApiCreatedResponse({ type: InquiryMessageSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  message(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: InquiryMessageRequest,
  ): Promise<InquiryMessageView> {
    return this.inquiries.postMessage(user, id, body.body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles('sme', 'provider')
  @ApiOperation({
    summary:
      'Move the inquiry: the provider open/responded → trialing → won/lost (or → lost), the SME → withdrawn; an illegal move is 409',
  })
  @ApiJsonBody(InquiryStatusRequest)
  @ApiOkResponse({ type: InquirySchema })
  @ApiErrors(400, 401, 403, 404, 409)
  move(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: InquiryStatusRequest,
  ): Promise<InquiryView> {
    return this.inquiries.move(user, id, body.status, body.reason);
  }
}
