import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreateApplicationRequest,
  CreateProgrammeRequest,
  EligibleProgrammesQuery,
  LedgerQuery,
  ProgrammesQuery,
  UpdateProgrammeRequest,
  type ApplicationView,
  type LedgerEntryView,
  type NetPriceView,
  type Page,
  type ProgrammeView,
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
import {
  ApplicationSchema,
  LedgerEntrySchema,
  NetPriceSchema,
  ProgrammeSchema,
} from './programmes.schemas.js';
import { ProgrammesService } from './programmes.service.js';

@ApiTags('programmes')
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly applications: ApplicationsService,
  ) {}

  @Post()
  @Roles('gov', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Create a programme (draft); a gov account only inside its region' })
  @ApiJsonBody(CreateProgrammeRequest)
  @ApiCreatedResponse({ type: ProgrammeSchema })
  @ApiErrors(400, 401, 403)
  create(
    @CurrentUser() user: AuthUser,
    @Body() body: CreateProgrammeRequest,
  ): Promise<ProgrammeView> {
    return this.programmes.create(user, body);
  }

  @Get()
  @ApiOperation({
    summary:
      'Programmes, newest first: published ones for everyone; a gov account also its region’s drafts and closed ones, an admin all',
  })
  @ApiQueryFrom(ProgrammesQuery)
  @ApiPage(ProgrammeSchema)
  @ApiErrors(400)
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Query() query: ProgrammesQuery,
  ): Promise<Page<ProgrammeView>> {
    return this.programmes.list(user, query);
  }

  @Get('eligible')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'The published, open programmes the SME is eligible for (for that offering when given)',
  })
  @ApiQueryFrom(EligibleProgrammesQuery)
  @ApiPage(ProgrammeSchema)
  @ApiErrors(400, 401, 403, 404, 409)
  eligible(
    @CurrentUser() user: AuthUser,
    @Query() query: EligibleProgrammesQuery,
  ): Promise<Page<ProgrammeView>> {
    return this.programmes.eligible(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One programme (drafts and closed ones only for its gov and admins)' })
  @ApiOkResponse({ type: ProgrammeSchema })
  @ApiErrors(400, 404)
  get(@CurrentUser() user: AuthUser | undefined, @UuidParam() id: string): Promise<ProgrammeView> {
    return this.programmes.get(user, id);
  }

  @Patch(':id')
  @Roles('gov', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Edit a draft programme (409 once published)' })
  @ApiJsonBody(UpdateProgrammeRequest)
  @ApiOkResponse({ type: ProgrammeSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: UpdateProgrammeRequest,
  ): Promise<ProgrammeView> {
    return this.programmes.update(user, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('gov', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Publish a draft programme (draft → published)' })
  @ApiOkResponse({ type: ProgrammeSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  publish(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ProgrammeView> {
    return this.programmes.move(user, id, 'publish');
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('gov', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Close a published programme (published → closed)' })
  @ApiOkResponse({ type: ProgrammeSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  close(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<ProgrammeView> {
    return this.programmes.move(user, id, 'close');
  }

  @Post(':id/applications')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Apply for the subsidy on one plan of an offering; 409 when not eligible (the message says why), an undecided application for the offering exists, or no company profile',
  })
  @ApiJsonBody(CreateApplicationRequest)
  @ApiCreatedResponse({ type: ApplicationSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  apply(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: CreateApplicationRequest,
  ): Promise<ApplicationView> {
    return this.applications.apply(user, id, body);
  }

  @Get(':id/ledger')
  @Roles('gov', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'The budget ledger: every commitment and release, oldest first, with the balance',
  })
  @ApiQueryFrom(LedgerQuery)
  @ApiPage(LedgerEntrySchema)
  @ApiErrors(400, 401, 403, 404)
  ledger(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Query() query: LedgerQuery,
  ): Promise<Page<LedgerEntryView>> {
    return this.applications.ledger(user, id, query);
  }
}

@ApiTags('programmes')
@ApiBearerAuth()
@Controller('offerings')
export class NetPriceController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get(':id/net-price')
  @Roles('sme')
  @ApiOperation({
    summary: 'Each plan’s price less the best eligible programme’s subsidy for the signed-in SME',
  })
  @ApiOkResponse({ type: NetPriceSchema })
  @ApiErrors(400, 401, 403, 404)
  netPrice(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<NetPriceView> {
    return this.programmes.netPrice(user, id);
  }
}
