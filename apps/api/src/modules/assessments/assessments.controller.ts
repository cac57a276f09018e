import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  PageQuery,
  SaveDraftRequest,
  SubmitAssessmentRequest,
  type AssessmentDraftView,
  type AssessmentSummary,
  type AssessmentView,
  type Page,
} from '@toolbox/contracts';
import type { QuestionnaireView } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import {
  ApiErrors,
  ApiJsonBody,
  ApiPage,
  ApiQueryFrom,
} from '../../common/openapi/openapi.decorators.js';
import { AssessmentsService } from './assessments.service.js';
import {
  AssessmentDraftSchema,
  AssessmentSummarySchema,
  AssessmentViewSchema,
  QuestionnaireSchema,
} from './assessments.schemas.js';

@ApiTags('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get('questionnaire')
  @ApiOperation({
    summary: 'The current versioned questionnaire (indicators, options, points, level rule)',
  })
  @ApiOkResponse({ type: QuestionnaireSchema })
  questionnaire(): QuestionnaireView {
    return this.assessments.questionnaire();
  }

  @Post()
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Submit a complete assessment; scored, immutable, and the newest level becomes the SME’s stage',
  })
  @ApiJsonBody(SubmitAssessmentRequest)
  @ApiCreatedResponse({ type: AssessmentViewSchema })
  @ApiErrors(400, 401, 403)
  submit(
    @CurrentUser() user: AuthUser,
    @Body() body: SubmitAssessmentRequest,
  ): Promise<AssessmentView> {
    return this.assessments.submit(user, body.answers);
  }

  @Get()
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Own assessment history, newest first' })
  @ApiQueryFrom(PageQuery)
  @ApiPage(AssessmentSummarySchema)
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<AssessmentSummary>> {
    return this.assessments.list(user, query);
  }

  @Get('draft')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The saved draft answers ({} when none)' })
  @ApiOkResponse({ type: AssessmentDraftSchema })
  @ApiErrors(401, 403)
  draft(@CurrentUser() user: AuthUser): Promise<AssessmentDraftView> {
    return this.assessments.getDraft(user);
  }

  @Put('draft')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Save partial answers to resume later' })
  @ApiJsonBody(SaveDraftRequest)
  @ApiOkResponse({ type: AssessmentDraftSchema })
  @ApiErrors(400, 401, 403)
  saveDraft(
    @CurrentUser() user: AuthUser,
    @Body() body: SaveDraftRequest,
  ): Promise<AssessmentDraftView> {
    return this.assessments.saveDraft(user, body.answers);
  }

  @Delete('draft')
  @HttpCode(204)
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Discard the draft' })
  @ApiNoContentResponse()
  @ApiErrors(401, 403)
  deleteDraft(@CurrentUser() user: AuthUser): Promise<void> {
    return this.assessments.deleteDraft(user);
  }

  @Get(':id')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'One own assessment with its change since the previous one' })
  @ApiOkResponse({ type: AssessmentViewSchema })
  @ApiErrors(400, 401, 403, 404)
  get(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<AssessmentView> {
    return this.assessments.get(user, id);
  }
}
