// The admin console: one chunk per page, each fetched when it first renders (see app/router.tsx), so
// a signed-in first load carries the page it shows and not the rest of its role's pages.
export const adminArea = {
  AdminAuditPage: () => import('./admin-audit-page'),
  AdminCasesPage: () => import('./admin-cases-page'),
  AdminGovAccountsPage: () => import('./admin-gov-accounts-page'),
  AdminHomePage: () => import('./admin-home-page'),
  AdminInquiriesPage: () => import('./admin-inquiries-page'),
  AdminInquiryPage: () => import('./admin-inquiry-page'),
  AdminOfferingsPage: () => import('./admin-offerings-page'),
  AdminReviewPage: () => import('./admin-review-page'),
  AdminSearchIndexPage: () => import('./admin-search-index-page'),
  DashboardsPage: () => import('./dashboards-page'),
  DemandInsightPage: () => import('./demand-insight-page'),
  ProgrammeApplicationsPage: () => import('./programme-applications-page'),
  ProgrammeLedgerPage: () => import('./programme-ledger-page'),
  ProgrammesPage: () => import('./programmes-page'),
};
