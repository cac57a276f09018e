import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CasesForMeQuery,
  CasesQuery,
  CreateCaseRequest,
  PageQuery,
  UpdateCaseRequest,
  type CaseView,
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
import { CaseViewSchema } from './cases.schemas.js';
import { CasesService } from './cases.service.js';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @Roles('provider', 'admin')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Write a case (status draft) about published offerings: a provider its own, an admin those of one provider',
  })
  @ApiJsonBody(CreateCaseRequest)
  @ApiCreatedResponse({ type: CaseViewSchema })
  @ApiErrors(400, 401, 403)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCaseRequest): Promise<CaseView> {
    return this.cases.create(user, body);
  }

  @Get()
  @ApiOperation({
    summary:
      'Published cases, newest first; region = cases located inside it (a province contains its cities)',
  })
  @ApiQueryFrom(CasesQuery)
  @ApiPage(CaseViewSchema)
  @ApiErrors(400)
  list(
    @CurrentUser() viewer: AuthUser | undefined,
    @Query() query: CasesQuery,
  ): Promise<Page<CaseView>> {
    return this.cases.listPublished(viewer, query);
  }

  @Get('mine')
  @Roles('provider')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Own cases in any status, last changed first' })
  @ApiQueryFrom(PageQuery)
  @ApiPage(CaseViewSchema)
  @ApiErrors(400, 401, 403)
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<CaseView>> {
    return this.cases.listMine(user, query);
  }

  @Get('for-me')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Cases of firms like you: published cases of your industry first, then by shared weak scenarios and needs (or only those listing scenario), then newest',
  })
  @ApiQueryFrom(CasesForMeQuery)
  @ApiOkResponse({ type: [CaseViewSchema] })
  @ApiErrors(400, 401, 403, 409)
  forMe(@CurrentUser() user: AuthUser, @Query() query: CasesForMeQuery): Promise<CaseView[]> {
    return this.cases.forMe(user, query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One case: published for everyone; its provider and admins see any status; others 404',
  })
  @ApiOkResponse({ type: CaseViewSchema })
  @ApiErrors(400, 404)
  get(@CurrentUser() viewer: AuthUser | undefined, @UuidParam() id: string): Promise<CaseView> {
    return this.cases.get(viewer, id);
  }

  @Patch(':id')
  @Roles('provider', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Edit a draft or rejected case (its provider or an admin; others 404)' })
  @ApiJsonBody(UpdateCaseRequest)
  @ApiOkResponse({ type: CaseViewSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: UpdateCaseRequest,
  ): Promise<CaseView> {
    return this.cases.update(user, id, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('provider', 'admin')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Submit for review (draft or rejected → pending); otherwise 409' })
  @ApiOkResponse({ type: CaseViewSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  submit(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<CaseView> {
    return this.cases.submit(user, id);
  }
}
