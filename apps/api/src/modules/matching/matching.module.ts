import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/index.js';
import { EngagementModule } from '../engagement/index.js';
import { SearchModule } from '../search/index.js';
import { SmesModule } from '../smes/index.js';
import { MatchingController } from './matching.controller.js';
import { MatchingService } from './matching.service.js';

/**
 * Matching: for a signed-in SME, best-fit offerings with reasons (`GET /api/matches`). It reads
 * the SME's profile through `SmesService` and candidates through `SearchService`, and
 * who adopted an offering (the `peers` reason) through the engagement module's `InquiryReader`,
 * net prices and subsidies through the search module's `SmePrices` (programmes) and cases of
 * firms like the SME (the `case` reason) through the cases module's `CaseReader`; no tables.
 */
@Module({
  imports: [SmesModule, SearchModule, EngagementModule, CasesModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
