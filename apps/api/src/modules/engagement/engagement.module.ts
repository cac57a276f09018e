import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { PlansModule } from '../plans/index.js';
import { SmesModule } from '../smes/index.js';
import { InquiryEventEntity } from './entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from './entities/inquiry-message.entity.js';
import { InquiryEntity } from './entities/inquiry.entity.js';
import { OfferingViewEntity } from './entities/offering-view.entity.js';
import { InquiryReader } from './inquiry-reader.js';
import { InquirySeeder } from './inquiry-seeder.js';
import { FunnelController } from './funnel.controller.js';
import { FunnelService } from './funnel.service.js';
import { InquiriesController } from './inquiries.controller.js';
import { InquiriesRepository } from './inquiries.repository.js';
import { InquiriesService } from './inquiries.service.js';
import { ViewsService } from './views.service.js';

/**
 * Engagement between SMEs and providers: inquiries (threads, status moves, recorded events),
 * offering views and the provider's funnel. Uses the catalogue (offerings and their owners, the
 * `viewed` event), smes (what the provider sees of the SME), plans (moving the SME's plan item)
 * and notifications; none of them imports this module.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      InquiryEntity,
      InquiryMessageEntity,
      InquiryEventEntity,
      OfferingViewEntity,
    ]),
    CatalogueModule,
    SmesModule,
    PlansModule,
    NotificationsModule,
  ],
  controllers: [InquiriesController, FunnelController],
  providers: [
    InquiriesRepository,
    InquiriesService,
    ViewsService,
    FunnelService,
    InquiryReader,
    InquirySeeder,
  ],
  exports: [InquiryReader, InquirySeeder],
})
export class EngagementModule {}
