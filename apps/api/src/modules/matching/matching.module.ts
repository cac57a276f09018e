import { Module } from '@nestjs/common';
import { SearchModule } from '../search/index.js';
import { SmesModule } from '../smes/index.js';
import { MatchingController } from './matching.controller.js';
import { MatchingService } from './matching.service.js';

/**
 * Matching: for a signed-in SME, best-fit offerings with reasons (`GET /api/matches`). It reads
 * the SME's profile through `SmesService` and candidates through `SearchService`; no tables.
 */
@Module({
  imports: [SmesModule, SearchModule],
  controllers: [MatchingController],
  providers: [MatchingService],
  exports: [MatchingService],
})
export class MatchingModule {}
