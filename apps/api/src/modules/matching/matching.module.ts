import { Module } from '@nestjs/common';
import { EngagementModule } from '../engagement/index.js';
import { SearchModule } from '../search/index.js';
import { SmesModule } from '../smes/index.js';
import { MatchingController } from './matching.controller.js';
import { MatchingService } from './matching.service.js';

/**
 * Matching: for a signed-in SME, best-fit offerings with reasons (`GET /api/matches`). It reads
 * the SME's profile through `SmesService` and candidates through `SearchService`, and
 * who adopted an offering (the `peers` reason) through the engagement module's `InquiryReader`;
 * no tables.
 */
@Module({
  imports: [SmesModule, SearchModule, EngagementModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
