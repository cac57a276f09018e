/** Where the case pages live (the router registers the same paths). */
export const CASE_PATHS = {
  library: '/cases',
  providerCases: '/provider/cases',
  providerCaseNew: '/provider/cases/new',
  adminCases: '/admin/cases',
  smeCases: '/sme/cases',
} as const;

/** The public page of one published case. */
export function casePath(id: string): string {
  return `${CASE_PATHS.library}/${encodeURIComponent(id)}`;
}

/** The provider's editor of one of their cases. */
export function editCasePath(id: string): string {
  return `${CASE_PATHS.providerCases}/${encodeURIComponent(id)}/edit`;
}

/** The SME's "cases of firms like you", optionally for one scenario. */
export function peerCasesPath(scenario?: string): string {
  return scenario
    ? `${CASE_PATHS.smeCases}?scenario=${encodeURIComponent(scenario)}`
    : CASE_PATHS.smeCases;
}

/** The public library filtered to one offering's cases. */
export function offeringCasesPath(offeringId: string): string {
  return `${CASE_PATHS.library}?offeringId=${encodeURIComponent(offeringId)}`;
}
