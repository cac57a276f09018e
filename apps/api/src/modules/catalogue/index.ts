/** The catalogue module's public surface: other modules import only from here. */
export { CatalogueModule } from './catalogue.module.js';
export { CatalogueSeeder } from './seed/catalogue-seeder.js';
export { OfferingEvents, type OfferingViewed } from './offerings/offering-events.js';
export { CatalogueRatings } from './offerings/catalogue-ratings.js';
/** The audit log: other modules record their admin actions in it (e.g. hiding a review). */
export { AuditService, type AuditRecord } from './audit/audit.service.js';
export {
  OfferingReader,
  type IndexableOffering,
  type OfferingParty,
  type OfferingOwnership,
  type OfferingSummary,
} from './offerings/offering-reader.js';
export { OfferingError } from './offerings/offerings.errors.js';
export { PlanSchema } from './offerings/offerings.schemas.js';
/** For foreign keys only: other modules read offerings through OfferingReader. */
export { OfferingEntity } from './offerings/entities/offering.entity.js';
