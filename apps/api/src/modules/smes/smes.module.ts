import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SmeEntity } from './entities/sme.entity.js';
import { SmesController } from './smes.controller.js';
import { SmesRepository } from './smes.repository.js';
import { SmesService } from './smes.service.js';
import { SmeStats } from './sme-stats.js';

/** SME company profiles and needs; the `smes` table is its own. Others use `SmesService`. */
@Module({
  imports: [TypeOrmModule.forFeature([SmeEntity])],
  controllers: [SmesController],
  providers: [SmesRepository, SmesService, SmeStats],
  exports: [SmesService, SmeStats],
})
export class SmesModule {}
