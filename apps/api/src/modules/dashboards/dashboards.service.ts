import { Injectable } from '@nestjs/common';
import type { DashboardOverview, DashboardQuery } from '@toolbox/contracts';
import { regionContains, SCENARIO_CODES } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { OfferingReader } from '../catalogue/index.js';
import { InquiryReader } from '../engagement/index.js';
import { ProgrammeBudgets } from '../programmes/index.js';
import { type SmeSlice, SmeStats } from '../smes/index.js';
import { assembleOverview } from './dashboard-overview.js';
import { DashboardError } from './dashboards.errors.js';

/**
 * Regional dashboards (docs/dashboards.md): every figure is counted in PostgreSQL by the module
 * that owns the rows, through its exported read port — SME profiles (smes), inquiries
 * (engagement), offerings (catalogue), programmes (programmes). No table of its own.
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly smes: SmeStats,
    private readonly inquiries: InquiryReader,
    private readonly offerings: OfferingReader,
    private readonly programmes: ProgrammeBudgets,
  ) {}

  /**
   * The region the figures are for: a gov account sees its own region (the default) or any
   * region inside it — anything else is 404; an admin any region, none = the whole country.
   */
  scope(user: AuthUser, requested: string | undefined): string | undefined {
    if (user.role !== 'gov') return requested;
    if (user.region === null) throw new DashboardError('REGION_NOT_FOUND');
    if (requested === undefined) return user.region;
    if (!regionContains(user.region, requested)) throw new DashboardError('REGION_NOT_FOUND');
    return requested;
  }

  async overview(user: AuthUser, query: DashboardQuery): Promise<DashboardOverview> {
    const region = this.scope(user, query.region);
    const slice: SmeSlice = {
      ...(region !== undefined ? { region } : {}),
      ...(query.industry !== undefined ? { industry: query.industry } : {}),
    };
    const [industries, demand, serving, userIds, programmes] = await Promise.all([
      this.smes.levelsByIndustry(slice),
      this.smes.scenarioDemand(slice),
      this.offerings.countServing(SCENARIO_CODES, region, query.industry),
      this.smes.userIds(slice),
      this.programmes.inside(region, query.industry),
    ]);
    const funnel = await this.inquiries.funnelOf(userIds);
    return assembleOverview({
      filter: { region: region ?? null, industry: query.industry ?? null },
      industries,
      demand,
      serving,
      funnel,
      programmes,
    });
  }
}
