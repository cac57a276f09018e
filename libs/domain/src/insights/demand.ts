import type { ScenarioCode } from '../taxonomy/scenarios.js';

/** Groups built from fewer SMEs than this are suppressed (k-anonymity). */
export const DEMAND_K_ANONYMITY = 5;

/** What demand insight knows of one SME: its need priorities and its newest weak scenarios. */
export interface DemandSme {
  needs: readonly { code: ScenarioCode; priority: number }[];
  weakScenarios: readonly ScenarioCode[];
}

export interface DemandGroupCounts {
  scenario: ScenarioCode;
  smesNeeding: number;
  smesWeak: number;
  /** Mean priority among the SMEs that need it, one decimal; null when none needs it. */
  avgPriority: number | null;
  offeringsServing: number;
}

export type DemandGroup = DemandGroupCounts | { scenario: ScenarioCode; suppressed: true };

/**
 * Per scenario: how many SMEs need it (a stated priority), how many are weak in it (newest
 * assessment), their mean priority, and how many published offerings serve it. A group's size
 * is the number of distinct SMEs that need it or are weak in it; a group built from fewer than
 * `k` SMEs is answered as `{scenario, suppressed: true}` with no counts, so no firm can be singled
 * out. Scenarios no SME needs or is weak in are left out. Ordered by size, then scenario code.
 */
export function aggregateDemand(
  smes: readonly DemandSme[],
  offeringsServing: Readonly<Partial<Record<ScenarioCode, number>>>,
  k = DEMAND_K_ANONYMITY,
): DemandGroup[] {
  const groups = new Map<
    ScenarioCode,
    { members: number; needing: number; weak: number; prioritySum: number }
  >();
  for (const sme of smes) {
    const needs = new Map<ScenarioCode, number>();
    for (const n of sme.needs) needs.set(n.code, Math.max(needs.get(n.code) ?? 0, n.priority));
    const weak = new Set(sme.weakScenarios);
    for (const code of new Set([...needs.keys(), ...weak])) {
      const g = groups.get(code) ?? { members: 0, needing: 0, weak: 0, prioritySum: 0 };
      g.members += 1;
      const priority = needs.get(code);
      if (priority !== undefined) {
        g.needing += 1;
        g.prioritySum += priority;
      }
      if (weak.has(code)) g.weak += 1;
      groups.set(code, g);
    }
  }
  return [...groups.entries()]
    .sort(([a, ga], [b, gb]) => gb.members - ga.members || a.localeCompare(b))
    .map(([scenario, g]): DemandGroup =>
      suppressUnderK(
        {
          scenario,
          smesNeeding: g.needing,
          smesWeak: g.weak,
          avgPriority: g.needing === 0 ? null : Math.round((g.prioritySum / g.needing) * 10) / 10,
          offeringsServing: offeringsServing[scenario] ?? 0,
        },
        g.members,
        k,
      ),
    );
}

/** A group with fewer than `k` members keeps only its scenario. */
export function suppressUnderK(
  group: DemandGroupCounts,
  members: number,
  k = DEMAND_K_ANONYMITY,
): DemandGroup {
  return members < k ? { scenario: group.scenario, suppressed: true } : group;
}
