import { PATHS } from '../../shared';

/** Where the case pages live (shared PATHS, which the router and navigation use too). */
export const CASE_PATHS = {
  library: PATHS.cases,
  providerCases: PATHS.providerCases,
  providerCaseNew: PATHS.providerCaseNew,
  adminCases: PATHS.adminCases,
  smeCases: PATHS.smeCases,
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
