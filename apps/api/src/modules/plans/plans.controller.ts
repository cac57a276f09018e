import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  CreatePlanItemRequest,
  UpdatePlanItemRequest,
  type PlanItemView,
  type PlanResponse,
} from '@toolbox/contracts';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators.js';
import { UuidParam } from '../../common/http/uuid-param.js';
import { ApiErrors, ApiJsonBody } from '../../common/openapi/openapi.decorators.js';
import { PlanItemSchema, PlanResponseSchema } from './plans.schemas.js';
import { PlansService } from './plans.service.js';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/me')
@Roles('sme')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @ApiOperation({
    summary:
      'The transformation plan: items, costs (adopted/planned, monthly/yearly), progress since the previous assessment',
  })
  @ApiOkResponse({ type: PlanResponseSchema })
  @ApiErrors(401, 403)
  get(@CurrentUser() user: AuthUser): Promise<PlanResponse> {
    return this.plans.get(user);
  }

  @Post('items')
  @ApiOperation({
    summary: 'Add an offering (from matches, search or its page) or a free-text action',
  })
  @ApiJsonBody(CreatePlanItemRequest)
  @ApiCreatedResponse({ type: PlanItemSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  add(@CurrentUser() user: AuthUser, @Body() body: CreatePlanItemRequest): Promise<PlanItemView> {
    return this.plans.add(user, body);
  }

  @Patch('items/:id')
  @ApiOperation({
    summary: 'Edit an item or move it planned → trial → adopted → reviewed (or dropped)',
  })
  @ApiJsonBody(UpdatePlanItemRequest)
  @ApiOkResponse({ type: PlanItemSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  update(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: UpdatePlanItemRequest,
  ): Promise<PlanItemView> {
    return this.plans.update(user, id, body);
  }

  @Delete('items/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an item' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404)
  remove(@CurrentUser() user: AuthUser, @UuidParam() id: string): Promise<void> {
    return this.plans.remove(user, id);
  }
}
