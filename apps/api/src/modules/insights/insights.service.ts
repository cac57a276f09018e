import { Injectable } from '@nestjs/common';
import type { DemandInsightQuery, DemandInsightView } from '@toolbox/contracts';
import { aggregateDemand, type ScenarioCode } from '@toolbox/domain';
import { OfferingReader } from '../catalogue/index.js';
import { SmesService } from '../smes/index.js';

/**
 * Demand insight for providers: per scenario in a region/industry, how many SMEs need it and
 * are weak in it, against how many published offerings serve it. The SMEs come from the smes
 * port, the offering counts from the catalogue's read port; the pure domain aggregation applies
 * k-anonymity (groups under 5 SMEs are suppressed).
 */
@Injectable()
export class InsightsService {
  constructor(
    private readonly smes: SmesService,
    private readonly offerings: OfferingReader,
  ) {}

  async demand(query: DemandInsightQuery): Promise<DemandInsightView> {
    const profiles = await this.smes.demandProfiles({
      ...(query.region !== undefined ? { region: query.region } : {}),
      ...(query.industry !== undefined ? { industry: query.industry } : {}),
    });
    const scenarios = new Set<ScenarioCode>();
    for (const p of profiles) {
      for (const n of p.needs) scenarios.add(n.code);
      for (const w of p.weakScenarios) scenarios.add(w);
    }
    const serving = await this.offerings.countServing([...scenarios], query.region, query.industry);
    return { smes: profiles.length, groups: aggregateDemand(profiles, serving) };
  }
}
