/** The search module's public surface: other modules import only from here. */
export { SearchModule } from './search.module.js';
export { SearchClient, SearchTaskError, withTimeout } from './search-client.js';
export { SearchItemSchema } from './search.schemas.js';
export { SearchService } from './search.service.js';
export { SearchSyncService } from './search-sync.service.js';
export { ReindexService } from './reindex.service.js';
