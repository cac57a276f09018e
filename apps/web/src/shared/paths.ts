import type { Role } from '@toolbox/domain';

export const PATHS = {
  home: '/',
  login: '/login',
  register: '/register',
  smeHome: '/sme',
  providerHome: '/provider',
  adminHome: '/admin',
  // Catalogue
  offerings: '/offerings',
  providerProfile: '/provider/profile',
  providerOfferings: '/provider/offerings',
  providerOfferingNew: '/provider/offerings/new',
  adminReview: '/admin/review',
  adminOfferings: '/admin/offerings',
  adminAudit: '/admin/audit',
  // Search and matching
  search: '/search',
  compare: '/compare',
  smeProfile: '/sme/profile',
  smeNeeds: '/sme/needs',
  smeMatches: '/sme/matches',
  adminSearchIndex: '/admin/search',
  // Assessment and plan
  smeAssessment: '/sme/assessment',
  smeAssessments: '/sme/assessments',
  smePlan: '/sme/plan',
  // Leads (provider) and inquiries (admin)
  providerLeads: '/provider/leads',
  providerFunnel: '/provider/funnel',
  providerDemand: '/provider/demand',
  adminInquiries: '/admin/inquiries',
  adminDemand: '/admin/demand',
  // Engagement and notifications
  smeInquiries: '/sme/inquiries',
  notifications: '/notifications',
  // Case library
  cases: '/cases',
  providerCases: '/provider/cases',
  providerCaseNew: '/provider/cases/new',
  adminCases: '/admin/cases',
  smeCases: '/sme/cases',
  // Public programmes (gov area; admins reach the same pages under /admin/programmes)
  govHome: '/gov',
  govApplications: '/gov/applications',
  adminProgrammes: '/admin/programmes',
  adminProgrammeApplications: '/admin/programmes/applications',
  adminGovAccounts: '/admin/gov-accounts',
  // Regional dashboards (gov: own region; admin: any)
  govDashboards: '/gov/dashboards',
  adminDashboards: '/admin/dashboards',
  smeApplications: '/sme/applications',
} as const;

const ROLE_HOME: Record<Role, string> = {
  sme: PATHS.smeHome,
  provider: PATHS.providerHome,
  admin: PATHS.adminHome,
  gov: PATHS.govHome,
};

export function roleHomePath(role: Role): string {
  return ROLE_HOME[role];
}

/** `/login?next=…` for coming back to `path` after signing in. */
export function loginPathFor(path: string): string {
  return path === PATHS.home || path.startsWith(PATHS.login)
    ? PATHS.login
    : `${PATHS.login}?next=${encodeURIComponent(path)}`;
}

/**
 * Only same-origin, in-app paths are followed after sign-in (`//evil.example` or
 * `https://…` would be an open redirect).
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  if (next.startsWith(PATHS.login) || next.startsWith(PATHS.register)) return null;
  return next;
}

/** Public page of one offering. */
export function offeringPath(id: string): string {
  return `${PATHS.offerings}/${encodeURIComponent(id)}`;
}

/** Public page of one provider. */
export function providerPath(id: string): string {
  return `/providers/${encodeURIComponent(id)}`;
}

/** The provider's editor of one of their offerings. */
export function editOfferingPath(id: string): string {
  return `${PATHS.providerOfferings}/${encodeURIComponent(id)}/edit`;
}

/** The provider's thread of one lead. */
export function providerLeadPath(id: string): string {
  return `${PATHS.providerLeads}/${encodeURIComponent(id)}`;
}

/** An admin's read-only view of one inquiry. */
export function adminInquiryPath(id: string): string {
  return `${PATHS.adminInquiries}/${encodeURIComponent(id)}`;
}

/** The result page of one of the SME's assessments. */
export function assessmentResultPath(id: string): string {
  return `${PATHS.smeAssessment}/${encodeURIComponent(id)}`;
}

/** The SME's thread of one of its inquiries. */
export function smeInquiryPath(id: string): string {
  return `${PATHS.smeInquiries}/${encodeURIComponent(id)}`;
}
