import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { NotificationsModule } from '../notifications/index.js';
import { SmesModule } from '../smes/index.js';
import { AdminCasesController } from './admin-cases.controller.js';
import { CaseReader } from './case-reader.js';
import { CaseSeeder } from './case-seeder.js';
import { CasesController } from './cases.controller.js';
import { CasesService } from './cases.service.js';
import { CaseEntity } from './entities/case.entity.js';

/**
 * The case library: providers' customer cases with before/after figures, reviewed by admins and
 * read by everyone. Uses the catalogue (offerings, their providers, the audit log), notifications (the review decision to the provider) and smes (the
 * SME's industry, weak scenarios and needs for "cases of firms like you"); exports the
 * `CaseReader` port (matching) and the demo `CaseSeeder`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CaseEntity]),
    CatalogueModule,
    SmesModule,
    NotificationsModule,
  ],
  controllers: [CasesController, AdminCasesController],
  providers: [CasesService, CaseReader, CaseSeeder],
  exports: [CaseReader, CaseSeeder],
})
export class CasesModule {}
