import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import { ReindexService } from './reindex.service.js';
import { SearchClient } from './search-client.js';
import { AdminSearchController, SearchController } from './search.controller.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchService } from './search.service.js';

/**
 * Search over the catalogue, in one module: the Meilisearch client and index settings, the
 * outbox relay that keeps the index in step with PostgreSQL, queries, reindex and reconcile.
 * It reads offerings only through the catalogue's `OfferingReader` and learns of changes from
 * `OfferingEvents`; it owns the `search_outbox` table.
 */
@Module({
  imports: [TypeOrmModule.forFeature([SearchOutboxEntity]), CatalogueModule],
  controllers: [SearchController, AdminSearchController],
  providers: [SearchClient, SearchSyncService, SearchService, ReindexService],
  exports: [SearchClient, SearchService, SearchSyncService, ReindexService],
})
export class SearchModule {}
