import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MarkNotificationsReadRequest,
  NotificationsQuery,
  type MarkNotificationsReadResponse,
  type NotificationsPage,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { Authenticated, CurrentUser } from '../../common/decorators/auth.decorators.js';
import { ApiErrors, ApiJsonBody, ApiQueryFrom } from '../../common/openapi/openapi.decorators.js';
import {
  MarkNotificationsReadResponseSchema,
  NotificationsPageSchema,
} from './notifications.schemas.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Authenticated()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Own notifications, newest first, with the unread count (`unread=true`: unread only)',
  })
  @ApiQueryFrom(NotificationsQuery)
  @ApiOkResponse({ type: NotificationsPageSchema })
  @ApiErrors(400, 401)
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationsQuery,
  ): Promise<NotificationsPage> {
    return this.notifications.list(user, query);
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark own notifications read (ids of others are ignored)' })
  @ApiJsonBody(MarkNotificationsReadRequest)
  @ApiOkResponse({ type: MarkNotificationsReadResponseSchema })
  @ApiErrors(400, 401)
  markRead(
    @CurrentUser() user: AuthUser,
    @Body() body: MarkNotificationsReadRequest,
  ): Promise<MarkNotificationsReadResponse> {
    return this.notifications.markRead(user, body.ids);
  }
}
