/**
 * The programmes module's public surface: other modules import only from here.
 *
 * `ProgrammeReader` (inject it after importing `ProgrammesModule`) answers for one SME, by its
 * user id, with libs/domain's eligibility and subsidy rules:
 *
 * - `eligibleProgrammesFor(smeUserId: string): Promise<EligibleProgramme[]>` — the published
 *   programmes open now whose rules (region, industry, level) the SME meets, for any offering,
 *   soonest closing first; `[]` without a company profile. Two queries.
 * - `netPricesFor(smeUserId: string, offeringIds: readonly string[]):
 *   Promise<Map<string, OfferingNetPrices>>` — for each *published* offering among the ids (the
 *   others are absent): every plan's `{name, billingPeriod, priceCents, subsidyCents,
 *   netPriceCents, programmeId}` under the best eligible programme for that plan (exactly what
 *   `GET /api/offerings/:id/net-price` answers), `minMonthlyNetPriceCents` (the cheapest plan's
 *   monthly equivalent after subsidy — month as is, year/once ÷ 12 rounded, like
 *   `minMonthlyPriceCents`) and `best: {programmeId, programmeName, subsidyCents} | null` (the
 *   subsidised plan with the lowest monthly net price). Three queries whatever the number of ids
 *   (SME card, candidate programmes, offerings); an SME without a profile gets every price
 *   unsubsidised.
 */
export { ProgrammesModule } from './programmes.module.js';
export {
  ProgrammeReader,
  type EligibleProgramme,
  type OfferingNetPrices,
} from './programme-reader.js';
export { ProgrammeBudgets, type ProgrammeBudget } from './programme-budgets.js';
/** The demo data loader's programmes, applications and ledger rows. */
export {
  ProgrammeSeeder,
  type SeedProgrammeOffering,
  type SeedProgrammeSme,
  type SeedProgrammesInput,
  type SeedProgrammesReport,
} from './programme-seeder.js';
