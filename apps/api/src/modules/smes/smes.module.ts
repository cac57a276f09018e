import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingService } from '../matching/matching.service.js';
import { SearchFeatureModule } from '../search/search-feature.module.js';
import { SmeEntity } from './entities/sme.entity.js';
import { SmesController } from './smes.controller.js';
import { SmesRepository } from './smes.repository.js';
import { SmesService } from './smes.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SmeEntity]), SearchFeatureModule],
  controllers: [SmesController],
  providers: [SmesRepository, SmesService, MatchingService],
  exports: [SmesRepository, SmesService, MatchingService],
})
export class SmesModule {}
