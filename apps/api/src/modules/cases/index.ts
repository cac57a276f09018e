/** The cases module's public surface: other modules import only from here. */
export { CasesModule } from './cases.module.js';
/**
 * Read port for other modules (matching's `case` reason):
 * `countPublishedByOffering(offeringIds)` → Map<offeringId, number> (every id a key, 0 when
 * none) and `casesLikeFirm({industry, scenarios, requireScenario?}, limit)` → published cases,
 * same industry first, then most shared scenarios, then newest.
 */
export { CaseReader, type CaseLikeFirm, type FirmLike } from './case-reader.js';
/** The demo data loader's case library. */
export { CaseSeeder, type SeedCaseOffering } from './case-seeder.js';
/** For foreign keys only. */
export { CaseEntity } from './entities/case.entity.js';
