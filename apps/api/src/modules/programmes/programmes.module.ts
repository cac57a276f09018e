import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { SmesModule } from '../smes/index.js';
import { UsersModule } from '../users/index.js';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { ProgrammeApplicationEntity } from './entities/programme-application.entity.js';
import { ProgrammeLedgerEntity } from './entities/programme-ledger.entity.js';
import { ProgrammeEntity } from './entities/programme.entity.js';
import { ProgrammeReader } from './programme-reader.js';
import { ProgrammeSeeder } from './programme-seeder.js';
import { NetPriceController, ProgrammesController } from './programmes.controller.js';
import { ProgrammesService } from './programmes.service.js';

/**
 * Public programmes: gov accounts' and admins' subsidy programmes, SMEs' applications and the
 * append-only budget ledger (docs/adr/0012). Reads offerings (catalogue), SME profiles and
 * levels (smes), writes the audit log (catalogue) and notifies SMEs (notifications); none of
 * them imports this module. Others read it through `ProgrammeReader`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProgrammeEntity, ProgrammeApplicationEntity, ProgrammeLedgerEntity]),
    CatalogueModule,
    SmesModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [ProgrammesController, ApplicationsController, NetPriceController],
  providers: [ProgrammesService, ApplicationsService, ProgrammeReader, ProgrammeSeeder],
  exports: [ProgrammeReader, ProgrammeSeeder],
})
export class ProgrammesModule {}
