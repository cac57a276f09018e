import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { ProgrammesModule } from '../programmes/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import { ReindexService } from './reindex.service.js';
import { SearchClient } from './search-client.js';
import { AdminSearchController, SearchController } from './search.controller.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchService } from './search.service.js';
import { SmePrices } from './sme-prices.js';

/**
 * Search over the catalogue, in one module: the Meilisearch client and index settings, the
 * outbox relay that keeps the index in step with PostgreSQL, queries, reindex and reconcile.
 * It reads offerings only through the catalogue's `OfferingReader` and learns of changes from
 * `OfferingEvents`; it owns the `search_outbox` table. A signed-in SME's results carry net prices
 * (`SmePrices`, also used by matching) from the programmes module's `ProgrammeReader`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SearchOutboxEntity]), CatalogueModule, ProgrammesModule],
  controllers: [SearchController, AdminSearchController],
  providers: [SearchClient, SearchSyncService, SearchService, ReindexService, SmePrices],
  exports: [SearchClient, SearchService, SearchSyncService, ReindexService, SmePrices],
})
export class SearchModule {}
