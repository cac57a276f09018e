import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type HiddenReviewView,
  HideReviewRequest,
  type Page,
  PageQuery,
  PutReviewRequest,
  ReviewReplyRequest,
  type ReviewView,
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
import { HiddenReviewSchema, ReviewSchema } from './reviews.schemas.js';
import { ReviewsService } from './reviews.service.js';

@ApiTags('reviews')
@Controller('offerings/:id/reviews')
export class OfferingReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Put('mine')
  @Roles('sme')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Create or replace the SME’s one review of an offering; 403 unless its inquiry on it reached trialing or won',
  })
  @ApiJsonBody(PutReviewRequest)
  @ApiOkResponse({ type: ReviewSchema })
  @ApiErrors(400, 401, 403, 404, 409)
  putMine(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: PutReviewRequest,
  ): Promise<ReviewView> {
    return this.reviews.putMine(user, id, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Visible reviews of a published offering, newest first (no company names)',
  })
  @ApiQueryFrom(PageQuery)
  @ApiPage(ReviewSchema)
  @ApiErrors(400, 404)
  list(@UuidParam() id: string, @Query() query: PageQuery): Promise<Page<ReviewView>> {
    return this.reviews.list(id, query);
  }
}

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewRepliesController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post(':id/reply')
  @HttpCode(200)
  @Roles('provider')
  @ApiOperation({
    summary: 'The owning provider’s one reply to a review (replaces an earlier one); others 404',
  })
  @ApiJsonBody(ReviewReplyRequest)
  @ApiOkResponse({ type: ReviewSchema })
  @ApiErrors(400, 401, 403, 404)
  reply(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: ReviewReplyRequest,
  ): Promise<ReviewView> {
    return this.reviews.reply(user, id, body);
  }
}

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('admin/reviews')
@Roles('admin')
export class AdminReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post(':id/hide')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Hide a review with a reason: it leaves the list and the rating; audit-logged',
  })
  @ApiJsonBody(HideReviewRequest)
  @ApiOkResponse({ type: HiddenReviewSchema })
  @ApiErrors(400, 401, 403, 404)
  hide(
    @CurrentUser() user: AuthUser,
    @UuidParam() id: string,
    @Body() body: HideReviewRequest,
  ): Promise<HiddenReviewView> {
    return this.reviews.hide(user, id, body.reason);
  }
}
