/** The search module's public surface: other modules import only from here. */
export { SearchModule } from './search.module.js';
export { SearchClient, SearchTaskError, withTimeout } from './search-client.js';
export { SearchItemSchema } from './search.schemas.js';
export { SearchService } from './search.service.js';
/** Net prices and subsidies of offerings for a signed-in SME (search results, matches). */
export { SmePrices, type SmeHeadline } from './sme-prices.js';
export { SearchSyncService } from './search-sync.service.js';
export { ReindexService } from './reindex.service.js';
