import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { LandingPage } from '../pages/landing-page';
import { AppShell } from './app-shell';
import { PageLoading } from './page-loading';
import { GuestOnly, RequireAuth, RequireRole } from './guards';
import { RouteError } from './route-error';

/**
 * Every page except the landing page is loaded lazily (see docs/architecture.md, "Adding a page").
 * Signed-in areas are split out of the first load: each role's pages are one chunk, fetched when
 * the first page of the area renders, so `/` and `/search` never download them. Public pages are
 * one chunk each (`fromArea` on the page's own module), so the landing page's first load carries only the shell.
 */
function fromArea<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Page = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
  return function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  };
}

// Public pages: one chunk each.
const NotFoundPage = fromArea(() => import('../pages/not-found-page'), 'NotFoundPage');
const CaseDetailPage = fromArea(() => import('../pages/case-detail-page'), 'CaseDetailPage');
const CasesPage = fromArea(() => import('../pages/cases-page'), 'CasesPage');
const ComparePage = fromArea(() => import('../pages/compare-page'), 'ComparePage');
const LoginPage = fromArea(() => import('../pages/login-page'), 'LoginPage');
const OfferingDetailPage = fromArea(
  () => import('../pages/offering-detail-page'),
  'OfferingDetailPage',
);
const OfferingsPage = fromArea(() => import('../pages/offerings-page'), 'OfferingsPage');
const ProviderPublicPage = fromArea(
  () => import('../pages/provider-public-page'),
  'ProviderPublicPage',
);
const RegisterPage = fromArea(() => import('../pages/register-page'), 'RegisterPage');
const SearchPage = fromArea(() => import('../pages/search-page'), 'SearchPage');
const NotificationsPage = fromArea(
  () => import('../pages/notifications-page'),
  'NotificationsPage',
);

const AdminAuditPage = fromArea(() => import('../pages/admin-area'), 'AdminAuditPage');
const AdminCasesPage = fromArea(() => import('../pages/admin-area'), 'AdminCasesPage');
const CaseEditorPage = fromArea(() => import('../pages/provider-area'), 'CaseEditorPage');
const ProviderCasesPage = fromArea(() => import('../pages/provider-area'), 'ProviderCasesPage');
const SmePeerCasesPage = fromArea(() => import('../pages/sme-area'), 'SmePeerCasesPage');
const AdminHomePage = fromArea(() => import('../pages/admin-area'), 'AdminHomePage');
const AdminInquiriesPage = fromArea(() => import('../pages/admin-area'), 'AdminInquiriesPage');
const AdminInquiryPage = fromArea(() => import('../pages/admin-area'), 'AdminInquiryPage');
const AdminOfferingsPage = fromArea(() => import('../pages/admin-area'), 'AdminOfferingsPage');
const AdminReviewPage = fromArea(() => import('../pages/admin-area'), 'AdminReviewPage');
const AdminSearchIndexPage = fromArea(() => import('../pages/admin-area'), 'AdminSearchIndexPage');
const DemandInsightPageForProvider = fromArea(
  () => import('../pages/provider-area'),
  'DemandInsightPage',
);
const DemandInsightPageForAdmin = fromArea(
  () => import('../pages/admin-area'),
  'DemandInsightPage',
);
const OfferingEditorPage = fromArea(() => import('../pages/provider-area'), 'OfferingEditorPage');
const ProviderFunnelPage = fromArea(() => import('../pages/provider-area'), 'ProviderFunnelPage');
const ProviderHomePage = fromArea(() => import('../pages/provider-area'), 'ProviderHomePage');
const ProviderLeadPage = fromArea(() => import('../pages/provider-area'), 'ProviderLeadPage');
const ProviderLeadsPage = fromArea(() => import('../pages/provider-area'), 'ProviderLeadsPage');
const ProviderOfferingsPage = fromArea(
  () => import('../pages/provider-area'),
  'ProviderOfferingsPage',
);
const ProviderProfilePage = fromArea(() => import('../pages/provider-area'), 'ProviderProfilePage');
const SmeAssessmentHistoryPage = fromArea(
  () => import('../pages/sme-area'),
  'SmeAssessmentHistoryPage',
);
const SmeAssessmentPage = fromArea(() => import('../pages/sme-area'), 'SmeAssessmentPage');
const SmeAssessmentResultPage = fromArea(
  () => import('../pages/sme-area'),
  'SmeAssessmentResultPage',
);
const SmeHomePage = fromArea(() => import('../pages/sme-area'), 'SmeHomePage');
const SmeInquiriesPage = fromArea(() => import('../pages/sme-area'), 'SmeInquiriesPage');
const SmeInquiryPage = fromArea(() => import('../pages/sme-area'), 'SmeInquiryPage');
const SmeMatchesPage = fromArea(() => import('../pages/sme-area'), 'SmeMatchesPage');
const SmeNeedsPage = fromArea(() => import('../pages/sme-area'), 'SmeNeedsPage');
const SmePlanPage = fromArea(() => import('../pages/sme-area'), 'SmePlanPage');
const SmeProfilePage = fromArea(() => import('../pages/sme-area'), 'SmeProfilePage');
const SmeApplicationsPage = fromArea(() => import('../pages/sme-area'), 'SmeApplicationsPage');
const GovProgrammesPage = fromArea(() => import('../pages/gov-area'), 'ProgrammesPage');
const GovApplicationsPage = fromArea(
  () => import('../pages/gov-area'),
  'ProgrammeApplicationsPage',
);
const GovLedgerPage = fromArea(() => import('../pages/gov-area'), 'ProgrammeLedgerPage');
const AdminProgrammesPage = fromArea(() => import('../pages/admin-area'), 'ProgrammesPage');
const AdminProgrammeApplicationsPage = fromArea(
  () => import('../pages/admin-area'),
  'ProgrammeApplicationsPage',
);
const AdminProgrammeLedgerPage = fromArea(
  () => import('../pages/admin-area'),
  'ProgrammeLedgerPage',
);
const AdminGovAccountsPage = fromArea(() => import('../pages/admin-area'), 'AdminGovAccountsPage');
const GovDashboardsPage = fromArea(() => import('../pages/gov-area'), 'DashboardsPage');
const AdminDashboardsPage = fromArea(() => import('../pages/admin-area'), 'DashboardsPage');

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    // If the shell itself fails, replace the whole page.
    errorElement: <RouteError />,
    children: [
      {
        // Page errors render inside the shell, so header and navigation keep working.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <LandingPage /> },
          // Catalogue (public)
          { path: 'offerings', element: <OfferingsPage /> },
          { path: 'offerings/:id', element: <OfferingDetailPage /> },
          { path: 'providers/:id', element: <ProviderPublicPage /> },
          // Search and matching (public)
          { path: 'search', element: <SearchPage /> },
          { path: 'compare', element: <ComparePage /> },
          // Case library (public)
          { path: 'cases', element: <CasesPage /> },
          { path: 'cases/:id', element: <CaseDetailPage /> },
          {
            element: <GuestOnly />,
            children: [
              { path: 'login', element: <LoginPage /> },
              { path: 'register', element: <RegisterPage /> },
            ],
          },
          {
            element: <RequireAuth />,
            children: [
              // Notifications (every role)
              { path: 'notifications', element: <NotificationsPage /> },
              {
                path: 'sme',
                element: <RequireRole role="sme" />,
                children: [
                  { index: true, element: <SmeHomePage /> },
                  // Search and matching (SME)
                  { path: 'profile', element: <SmeProfilePage /> },
                  { path: 'needs', element: <SmeNeedsPage /> },
                  { path: 'matches', element: <SmeMatchesPage /> },
                  // Assessment and plan
                  { path: 'assessment', element: <SmeAssessmentPage /> },
                  { path: 'assessment/:id', element: <SmeAssessmentResultPage /> },
                  { path: 'assessments', element: <SmeAssessmentHistoryPage /> },
                  { path: 'plan', element: <SmePlanPage /> },
                  // Engagement
                  { path: 'inquiries', element: <SmeInquiriesPage /> },
                  { path: 'inquiries/:id', element: <SmeInquiryPage /> },
                  // Case library
                  { path: 'cases', element: <SmePeerCasesPage /> },
                  // Public programmes
                  { path: 'applications', element: <SmeApplicationsPage /> },
                ],
              },
              {
                path: 'provider',
                element: <RequireRole role="provider" />,
                children: [
                  { index: true, element: <ProviderHomePage /> },
                  // Catalogue (provider console)
                  { path: 'profile', element: <ProviderProfilePage /> },
                  { path: 'offerings', element: <ProviderOfferingsPage /> },
                  { path: 'offerings/new', element: <OfferingEditorPage /> },
                  { path: 'offerings/:id/edit', element: <OfferingEditorPage /> },
                  // Leads
                  { path: 'leads', element: <ProviderLeadsPage /> },
                  { path: 'leads/:id', element: <ProviderLeadPage /> },
                  { path: 'funnel', element: <ProviderFunnelPage /> },
                  { path: 'demand', element: <DemandInsightPageForProvider /> },
                  // Case library
                  { path: 'cases', element: <ProviderCasesPage /> },
                  { path: 'cases/new', element: <CaseEditorPage /> },
                  { path: 'cases/:id/edit', element: <CaseEditorPage /> },
                ],
              },
              {
                path: 'admin',
                element: <RequireRole role="admin" />,
                children: [
                  { index: true, element: <AdminHomePage /> },
                  // Catalogue (admin console)
                  { path: 'review', element: <AdminReviewPage /> },
                  { path: 'offerings', element: <AdminOfferingsPage /> },
                  { path: 'audit', element: <AdminAuditPage /> },
                  // Search and matching (admin)
                  { path: 'search', element: <AdminSearchIndexPage /> },
                  // Inquiries (read-only) and demand
                  { path: 'inquiries', element: <AdminInquiriesPage /> },
                  { path: 'inquiries/:id', element: <AdminInquiryPage /> },
                  { path: 'demand', element: <DemandInsightPageForAdmin /> },
                  { path: 'dashboards', element: <AdminDashboardsPage /> },
                  // Case library
                  { path: 'cases', element: <AdminCasesPage /> },
                  // Public programmes (every region) and gov accounts
                  { path: 'programmes', element: <AdminProgrammesPage /> },
                  { path: 'programmes/applications', element: <AdminProgrammeApplicationsPage /> },
                  { path: 'programmes/:id/ledger', element: <AdminProgrammeLedgerPage /> },
                  { path: 'gov-accounts', element: <AdminGovAccountsPage /> },
                ],
              },
              {
                path: 'gov',
                element: <RequireRole role="gov" />,
                children: [
                  // Public programmes (the gov's home is its programme list)
                  { index: true, element: <GovProgrammesPage /> },
                  { path: 'applications', element: <GovApplicationsPage /> },
                  { path: 'programmes/:id/ledger', element: <GovLedgerPage /> },
                  // Regional dashboards
                  { path: 'dashboards', element: <GovDashboardsPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
