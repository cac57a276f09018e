import { Injectable } from '@nestjs/common';
import type { SearchItem, SubsidyHeadline } from '@toolbox/contracts';
import { netHeadline } from '@toolbox/domain';
import { type EligibleProgramme, ProgrammeReader } from '../programmes/index.js';

/** An offering's headline price for one SME (`SearchItem.netMinMonthlyPriceCents`, `subsidy`). */
export interface SmeHeadline {
  netMinMonthlyPriceCents: number;
  subsidy: SubsidyHeadline | null;
}

/**
 * Net prices where an SME sees an offering's price (search results, matches): the cheapest plan
 * as a monthly equivalent after the best programme it is eligible for on each plan, and the
 * subsidy behind it (libs/domain `netHeadline`; the contract's meaning is on `SearchItem`).
 * Batch reads only: no query per offering, none at all for the prices when the SME is eligible
 * for no programme.
 */
@Injectable()
export class SmePrices {
  constructor(private readonly programmes: ProgrammeReader) {}

  /** The programmes the SME is eligible for (any offering); `[]` without a company profile. */
  eligible(smeUserId: string): Promise<EligibleProgramme[]> {
    return this.programmes.eligibleProgrammesFor(smeUserId);
  }

  /**
   * Headline prices of the offerings a programme could subsidise (one of `eligible` lists none or
   * one of the offering's scenarios), by offering id; the others keep their list price.
   */
  async headlines(
    smeUserId: string,
    eligible: readonly EligibleProgramme[],
    offerings: readonly Pick<SearchItem, 'id' | 'scenarios'>[],
  ): Promise<Map<string, SmeHeadline>> {
    if (eligible.length === 0) return new Map();
    const ids = offerings
      .filter((o) =>
        eligible.some(
          (p) => p.scenarios.length === 0 || o.scenarios.some((s) => p.scenarios.includes(s)),
        ),
      )
      .map((o) => o.id);
    if (ids.length === 0) return new Map();
    const byId = new Map(eligible.map((p) => [p.id, p]));
    const prices = await this.programmes.netPricesFor(smeUserId, ids);
    const out = new Map<string, SmeHeadline>();
    for (const [id, offering] of prices) {
      const headline = netHeadline(offering.plans);
      if (headline === null) continue;
      const programme =
        headline.subsidy === null ? undefined : byId.get(headline.subsidy.programmeId);
      out.set(id, {
        netMinMonthlyPriceCents: headline.netMinMonthlyPriceCents,
        subsidy:
          headline.subsidy === null || programme === undefined
            ? null
            : {
                programmeId: programme.id,
                programmeName: programme.name,
                subsidyPercent: programme.subsidyPercent,
                subsidyCents: headline.subsidy.subsidyCents,
              },
      });
    }
    return out;
  }

  /** The item with its SME fields: its headline, else the list price and no subsidy. */
  static apply<T extends SearchItem>(item: T, headline: SmeHeadline | undefined): T {
    return {
      ...item,
      netMinMonthlyPriceCents: headline?.netMinMonthlyPriceCents ?? item.minMonthlyPriceCents,
      subsidy: headline?.subsidy ?? null,
    };
  }

  /** Search results as a signed-in SME sees them (every item gets the SME fields). */
  async forItems(smeUserId: string, items: readonly SearchItem[]): Promise<SearchItem[]> {
    const eligible = items.length === 0 ? [] : await this.eligible(smeUserId);
    const headlines = await this.headlines(smeUserId, eligible, items);
    return items.map((item) => SmePrices.apply(item, headlines.get(item.id)));
  }
}
