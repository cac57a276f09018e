// The admin console, loaded as one chunk when a signed-in admin opens /admin.
export { AdminAuditPage } from './admin-audit-page';
export { AdminCasesPage } from './admin-cases-page';
export { AdminGovAccountsPage } from './admin-gov-accounts-page';
export { AdminHomePage } from './admin-home-page';
export { AdminInquiriesPage } from './admin-inquiries-page';
export { AdminInquiryPage } from './admin-inquiry-page';
export { AdminOfferingsPage } from './admin-offerings-page';
export { AdminReviewPage } from './admin-review-page';
export { AdminSearchIndexPage } from './admin-search-index-page';
export { DashboardsPage } from './dashboards-page';
export { DemandInsightPage } from './demand-insight-page';
// Public programmes: the same pages as the gov area, every region.
export { ProgrammeApplicationsPage } from './programme-applications-page';
export { ProgrammeLedgerPage } from './programme-ledger-page';
export { ProgrammesPage } from './programmes-page';
