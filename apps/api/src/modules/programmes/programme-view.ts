import type { ProgrammeView } from '@toolbox/contracts';
import type { ProgrammeRules } from '@toolbox/domain';
import type { ProgrammeEntity } from './entities/programme.entity.js';

export function toProgrammeView(p: ProgrammeEntity): ProgrammeView {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    region: p.region,
    industries: p.industries,
    scenarios: p.scenarios,
    levels: p.levels,
    subsidyPercent: p.subsidyPercent,
    capCents: p.capCents,
    budgetCents: p.budgetCents,
    committedCents: p.committedCents,
    remainingCents: p.budgetCents - p.committedCents,
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** What libs/domain's eligibility and subsidy rules read of a programme. */
export function toRules(p: ProgrammeEntity): ProgrammeRules & { name: string } {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    region: p.region,
    industries: p.industries,
    scenarios: p.scenarios,
    levels: p.levels,
    subsidyPercent: p.subsidyPercent,
    capCents: p.capCents,
    opensAt: p.opensAt,
    closesAt: p.closesAt,
  };
}
