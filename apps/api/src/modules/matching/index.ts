/** The matching module's public surface. */
export { MatchingModule } from './matching.module.js';
export { MatchingService } from './matching.service.js';
