import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateGovAccountRequest, PageQuery } from '@toolbox/contracts';
import type { GovAccountView, Page } from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../common/openapi/openapi.decorators.js';
import { GovAccountSchema } from './auth.schemas.js';
import { GovAccountsService } from './gov-accounts.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/gov-accounts')
@Roles('admin')
export class GovAccountsController {
  constructor(private readonly govAccounts: GovAccountsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a gov (local authority) account bound to a region' })
  @ApiJsonBody(CreateGovAccountRequest)
  @ApiCreatedResponse({ type: GovAccountSchema })
  @ApiErrors(400, 401, 403, 409)
  create(
    @CurrentUser() admin: AuthUser,
    @Body() body: CreateGovAccountRequest,
  ): Promise<GovAccountView> {
    return this.govAccounts.create(admin, body);
  }

  @Get()
  @ApiOperation({ summary: 'Gov accounts, newest first' })
  @ApiQueryFrom(PageQuery)
  @ApiPage(GovAccountSchema)
  @ApiErrors(400, 401, 403)
  list(@Query() query: PageQuery): Promise<Page<GovAccountView>> {
    return this.govAccounts.list(query);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable a gov account: it can no longer sign in, its tokens are 401' })
  @ApiOkResponse({ type: GovAccountSchema })
  @ApiErrors(400, 401, 403, 404)
  disable(@CurrentUser() admin: AuthUser, @UuidParam() id: string): Promise<GovAccountView> {
    return this.govAccounts.setDisabled(admin, id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled gov account again' })
  @ApiOkResponse({ type: GovAccountSchema })
  @ApiErrors(400, 401, 403, 404)
  enable(@CurrentUser() admin: AuthUser, @UuidParam() id: string): Promise<GovAccountView> {
    return this.govAccounts.setDisabled(admin, id, false);
  }
}
