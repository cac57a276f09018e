import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { OfferingEntity } from '../offerings/entities/offering.entity.js';
import { AdminOfferingsController } from '../offerings/admin-offerings.controller.js';
import { OfferingEvents } from '../offerings/offering-events.js';
import { OfferingsController } from '../offerings/offerings.controller.js';
import { OfferingsRepository } from '../offerings/offerings.repository.js';
import { OfferingsService } from '../offerings/offerings.service.js';
import { ProviderEntity } from '../providers/entities/provider.entity.js';
import { ProvidersController } from '../providers/providers.controller.js';
import { ProvidersRepository } from '../providers/providers.repository.js';
import { ProvidersService } from '../providers/providers.service.js';

/**
 * Providers and their offerings: one module, because a provider page lists offerings and every
 * offering write checks its provider (the two would otherwise import each other).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProviderEntity, OfferingEntity]), AuditModule],
  controllers: [ProvidersController, OfferingsController, AdminOfferingsController],
  providers: [
    ProvidersRepository,
    ProvidersService,
    OfferingsRepository,
    OfferingsService,
    OfferingEvents,
  ],
  exports: [ProvidersRepository, OfferingsRepository, OfferingEvents],
})
export class CatalogueModule {}
