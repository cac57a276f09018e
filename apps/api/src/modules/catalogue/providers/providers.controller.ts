import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  PageQuery,
  UpsertProviderRequest,
  type Page,
  type ProviderPublicView,
  type ProviderView,
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
import { ProviderPublicViewSchema, ProviderViewSchema } from '../offerings/offerings.schemas.js';
import { ProvidersService } from './providers.service.js';

@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Put('me')
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create or update the signed-in provider’s profile' })
  @ApiJsonBody(UpsertProviderRequest)
  @ApiOkResponse({ type: ProviderViewSchema })
  @ApiErrors(400, 401, 403)
  upsert(
    @CurrentUser() user: AuthUser,
    @Body() body: UpsertProviderRequest,
  ): Promise<ProviderView> {
    return this.providers.upsertMine(user, body);
  }

  @Get('me')
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in provider’s profile (409 until it is filled in)' })
  @ApiOkResponse({ type: ProviderViewSchema })
  @ApiErrors(401, 403, 409)
  mine(@CurrentUser() user: AuthUser): Promise<ProviderView> {
    return this.providers.getMine(user);
  }

  @Get()
  @ApiOperation({ summary: 'Providers, by name' })
  @ApiQueryFrom(PageQuery)
  @ApiPage(ProviderViewSchema)
  @ApiErrors(400)
  list(@Query() query: PageQuery): Promise<Page<ProviderView>> {
    return this.providers.list(query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Public provider page with its published offerings (paged by page/pageSize)',
  })
  @ApiQueryFrom(PageQuery)
  @ApiOkResponse({ type: ProviderPublicViewSchema })
  @ApiErrors(400, 404)
  get(@UuidParam() id: string, @Query() query: PageQuery): Promise<ProviderPublicView> {
    return this.providers.getPublic(id, query);
  }
}
