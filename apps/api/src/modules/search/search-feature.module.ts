import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import { SearchOutboxEntity } from './entities/search-outbox.entity.js';
import { ReindexService } from './reindex.service.js';
import { AdminSearchController, SearchController } from './search.controller.js';
import { SearchSyncService } from './search-sync.service.js';
import { SearchService } from './search.service.js';

/** Search over the catalogue: the index, its sync from PostgreSQL, reindex and queries. */
@Module({
  imports: [TypeOrmModule.forFeature([SearchOutboxEntity]), CatalogueModule],
  controllers: [SearchController, AdminSearchController],
  providers: [SearchSyncService, SearchService, ReindexService],
  exports: [SearchService, SearchSyncService, ReindexService],
})
export class SearchFeatureModule {}
