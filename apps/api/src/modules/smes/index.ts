/** The SMEs module's public surface: other modules import only from here. */
export { SmesModule } from './smes.module.js';
export { SmesService, type SmeCard } from './smes.service.js';
export { SmeError } from './smes.errors.js';
/** Aggregate counts over SME profiles (regional dashboards). */
export {
  SmeStats,
  type SmeSlice,
  type IndustryLevelCounts,
  type ScenarioDemandCounts,
} from './sme-stats.js';
