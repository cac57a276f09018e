/**
 * The demo catalogue: providers, offerings and SMEs as pure, deterministic data. The seeder
 * inserts what `generateCatalogue()` returns; nothing here does I/O.
 */
import { providerOfferings, assignStatuses } from './offerings.js';
import { PROVIDER_ROWS } from './providers.js';
import { buildEngagement, withReviewRatings } from './engagement.js';
import { buildSmes } from './smes.js';
import type { SeedCatalogue, SeedProvider } from './types.js';
export type {
  SeedAnswers,
  SeedAssessment,
  SeedEngagement,
  SeedInquiry,
  SeedNotification,
  SeedPlanItem,
  SeedReview,
  SeedView,
} from './types.js';
export { ratingsNear } from './engagement.js';
export { LEAD_STATUSES } from './leads.js';

export type {
  SeedCatalogue,
  SeedLevel,
  SeedOffering,
  SeedPlan,
  SeedPriority,
  SeedProvider,
  SeedSme,
  SeedStatus,
} from './types.js';

function buildProviders(): SeedProvider[] {
  return PROVIDER_ROWS.map((row) => ({
    key: row.key,
    email: `${row.key}@provider.demo.toolbox.local`,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind,
    description: row.description,
    descriptionEn: row.descriptionEn,
    website: row.website ? `https://${row.key}.example.com` : null,
    region: row.region,
  }));
}

/**
 * The whole demo catalogue; every call returns the same content in fresh objects. Every rating
 * is the mean of seeded reviews (no rating without reviews), each backed by an inquiry.
 */
export function generateCatalogue(): SeedCatalogue {
  const drafts = PROVIDER_ROWS.flatMap((row, i) => providerOfferings(row, i));
  const targets = assignStatuses(drafts);
  const smes = buildSmes();
  const engagement = buildEngagement(targets, smes, {
    providerKey: PROVIDER_ROWS[0]?.key ?? '',
    smeKey: smes[0]?.key ?? '',
  });
  return {
    providers: buildProviders(),
    offerings: withReviewRatings(targets, engagement.reviews),
    smes,
    engagement,
  };
}

// Building blocks the benchmark's synthetic catalogue reuses (scripts/bench).
export { FLAVOUR_CODES } from './industries.js';
export { providerOfferings } from './offerings.js';
export { createRng, hashString, type Rng } from './prng.js';
export { PROVIDER_ROWS } from './providers.js';
export type { Bi, ProviderRow } from './types.js';
export { seedOfferingRow, type SeedOfferingRow } from './offering-row.js';
export { buildSmes } from './smes.js';
