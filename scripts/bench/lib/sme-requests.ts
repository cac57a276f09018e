/** The request bodies that make a bench SME, and the summary of the levels they reached. */
import type { BenchSme } from './workload.js';

export function registrationBody(s: BenchSme, i: number): string {
  return JSON.stringify({
    email: s.email,
    password: s.password,
    name: `Bench SME ${i}`,
    role: 'sme',
  });
}

export function profileBody(s: BenchSme): string {
  return JSON.stringify({
    companyName: s.companyName,
    creditCode: s.creditCode,
    industry: s.industry,
    region: s.region,
    employees: s.employees,
    annualRevenueCents: s.annualRevenueCents,
  });
}

/** Needs as the web sends them: optional fields left out rather than null or empty. */
export function needsBody(s: BenchSme): string {
  return JSON.stringify({
    scenarios: s.needs.scenarios,
    ...(s.needs.monthlyBudgetCents !== null
      ? { monthlyBudgetCents: s.needs.monthlyBudgetCents }
      : {}),
    ...(s.needs.deployment !== null ? { deployment: s.needs.deployment } : {}),
    ...(s.needs.notes !== '' ? { notes: s.needs.notes } : {}),
  });
}

/** "L1×3 L2×5 …": how many SMEs reached each level (L-1 for no level), by level. */
export function levelSummary(levels: readonly (number | null)[]): string {
  const counts = new Map<number, number>();
  for (const l of levels) counts.set(l ?? -1, (counts.get(l ?? -1) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([l, n]) => `L${l}×${n}`)
    .join(' ');
}
