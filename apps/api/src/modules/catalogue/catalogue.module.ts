import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/index.js';
import { UsersModule } from '../users/index.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditService } from './audit/audit.service.js';
import { AuditEntryEntity } from './audit/entities/audit-entry.entity.js';
import { AdminOfferingsController } from './offerings/admin-offerings.controller.js';
import { OfferingEntity } from './offerings/entities/offering.entity.js';
import { CatalogueRatings } from './offerings/catalogue-ratings.js';
import { OfferingEvents } from './offerings/offering-events.js';
import { OfferingReader } from './offerings/offering-reader.js';
import { OfferingsController } from './offerings/offerings.controller.js';
import { OfferingsRepository } from './offerings/offerings.repository.js';
import { OfferingsService } from './offerings/offerings.service.js';
import { ProviderEntity } from './providers/entities/provider.entity.js';
import { ProvidersController } from './providers/providers.controller.js';
import { ProvidersRepository } from './providers/providers.repository.js';
import { ProvidersService } from './providers/providers.service.js';
import { CatalogueSeeder } from './seed/catalogue-seeder.js';

/**
 * The catalogue: providers, their offerings and the review workflow, with its audit log. One
 * module, because a provider page lists offerings and every offering write checks its provider.
 *
 * It exports only ports: `OfferingReader` (what search and plans may read of offerings) and
 * `OfferingEvents` (public versions changed, inside the writing transaction). Nobody else
 * touches the `providers`, `offerings` or `audit_entries` tables.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProviderEntity, OfferingEntity, AuditEntryEntity]),
    UsersModule,
    NotificationsModule,
  ],
  controllers: [
    ProvidersController,
    OfferingsController,
    AdminOfferingsController,
    AuditController,
  ],
  providers: [
    ProvidersRepository,
    ProvidersService,
    OfferingsRepository,
    OfferingsService,
    OfferingEvents,
    OfferingReader,
    AuditService,
    CatalogueSeeder,
    CatalogueRatings,
  ],
  exports: [OfferingReader, OfferingEvents, CatalogueSeeder, CatalogueRatings, AuditService],
})
export class CatalogueModule {}
