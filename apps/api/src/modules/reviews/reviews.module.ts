import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { EngagementModule } from '../engagement/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { SmesModule } from '../smes/index.js';
import { ReviewEntity } from './entities/review.entity.js';
import {
  AdminReviewsController,
  OfferingReviewsController,
  ReviewRepliesController,
} from './reviews.controller.js';
import { ReviewsService } from './reviews.service.js';

/**
 * Verified reviews of offerings, the provider's replies and admin hiding. Owns `reviews`; reads
 * eligibility through the engagement module's `InquiryReader` and writes an offering's rating
 * through the catalogue's `CatalogueRatings`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewEntity]),
    CatalogueModule,
    EngagementModule,
    NotificationsModule,
    SmesModule,
  ],
  controllers: [OfferingReviewsController, ReviewRepliesController, AdminReviewsController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
