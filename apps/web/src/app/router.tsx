import { Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { adminArea } from '../pages/admin-area';
import { govArea } from '../pages/gov-area';
import { providerArea } from '../pages/provider-area';
import { smeArea } from '../pages/sme-area';
import { lazyWithAntd } from '../shared/ui';
import { LandingPage } from '../pages/landing-page';
import { AppShell } from './app-shell';
import { PageLoading } from './page-loading';
import { GuestOnly, RequireAuth, RequireRole } from './guards';
import { RouteError } from './route-error';

/**
 * Every page except the landing page is loaded lazily (see docs/architecture.md, "Adding a page").
 * Every page is its own chunk: public pages through `fromArea` on the page's module, signed-in
 * pages through their role's loader map (pages/<role>-area.ts), so the landing page's first load
 * carries only the shell and a signed-in page only itself, not the rest of its role's pages.
 */
function fromArea<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  // With antd's theme and the features' messages (see shared/ui/lazy-with-antd.tsx).
  const Page = lazyWithAntd(() => load().then((module) => module[name]));
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

const AdminAuditPage = fromArea(adminArea.AdminAuditPage, 'AdminAuditPage');
const AdminCasesPage = fromArea(adminArea.AdminCasesPage, 'AdminCasesPage');
const CaseEditorPage = fromArea(providerArea.CaseEditorPage, 'CaseEditorPage');
const ProviderCasesPage = fromArea(providerArea.ProviderCasesPage, 'ProviderCasesPage');
const SmePeerCasesPage = fromArea(smeArea.SmePeerCasesPage, 'SmePeerCasesPage');
const AdminHomePage = fromArea(adminArea.AdminHomePage, 'AdminHomePage');
const AdminInquiriesPage = fromArea(adminArea.AdminInquiriesPage, 'AdminInquiriesPage');
const AdminInquiryPage = fromArea(adminArea.AdminInquiryPage, 'AdminInquiryPage');
const AdminOfferingsPage = fromArea(adminArea.AdminOfferingsPage, 'AdminOfferingsPage');
const AdminReviewPage = fromArea(adminArea.AdminReviewPage, 'AdminReviewPage');
const AdminSearchIndexPage = fromArea(adminArea.AdminSearchIndexPage, 'AdminSearchIndexPage');
const DemandInsightPageForProvider = fromArea(providerArea.DemandInsightPage, 'DemandInsightPage');
const DemandInsightPageForAdmin = fromArea(adminArea.DemandInsightPage, 'DemandInsightPage');
const OfferingEditorPage = fromArea(providerArea.OfferingEditorPage, 'OfferingEditorPage');
const ProviderFunnelPage = fromArea(providerArea.ProviderFunnelPage, 'ProviderFunnelPage');
const ProviderHomePage = fromArea(providerArea.ProviderHomePage, 'ProviderHomePage');
const ProviderLeadPage = fromArea(providerArea.ProviderLeadPage, 'ProviderLeadPage');
const ProviderLeadsPage = fromArea(providerArea.ProviderLeadsPage, 'ProviderLeadsPage');
const ProviderOfferingsPage = fromArea(providerArea.ProviderOfferingsPage, 'ProviderOfferingsPage');
const ProviderProfilePage = fromArea(providerArea.ProviderProfilePage, 'ProviderProfilePage');
const SmeAssessmentHistoryPage = fromArea(
  smeArea.SmeAssessmentHistoryPage,
  'SmeAssessmentHistoryPage',
);
const SmeAssessmentPage = fromArea(smeArea.SmeAssessmentPage, 'SmeAssessmentPage');
const SmeAssessmentResultPage = fromArea(
  smeArea.SmeAssessmentResultPage,
  'SmeAssessmentResultPage',
);
const SmeHomePage = fromArea(smeArea.SmeHomePage, 'SmeHomePage');
const SmeInquiriesPage = fromArea(smeArea.SmeInquiriesPage, 'SmeInquiriesPage');
const SmeInquiryPage = fromArea(smeArea.SmeInquiryPage, 'SmeInquiryPage');
const SmeMatchesPage = fromArea(smeArea.SmeMatchesPage, 'SmeMatchesPage');
const SmeNeedsPage = fromArea(smeArea.SmeNeedsPage, 'SmeNeedsPage');
const SmePlanPage = fromArea(smeArea.SmePlanPage, 'SmePlanPage');
const SmeProfilePage = fromArea(smeArea.SmeProfilePage, 'SmeProfilePage');
const SmeApplicationsPage = fromArea(smeArea.SmeApplicationsPage, 'SmeApplicationsPage');
const GovProgrammesPage = fromArea(govArea.ProgrammesPage, 'ProgrammesPage');
const GovApplicationsPage = fromArea(
  govArea.ProgrammeApplicationsPage,
  'ProgrammeApplicationsPage',
);
const GovLedgerPage = fromArea(govArea.ProgrammeLedgerPage, 'ProgrammeLedgerPage');
const AdminProgrammesPage = fromArea(adminArea.ProgrammesPage, 'ProgrammesPage');
const AdminProgrammeApplicationsPage = fromArea(
  adminArea.ProgrammeApplicationsPage,
  'ProgrammeApplicationsPage',
);
const AdminProgrammeLedgerPage = fromArea(adminArea.ProgrammeLedgerPage, 'ProgrammeLedgerPage');
const AdminGovAccountsPage = fromArea(adminArea.AdminGovAccountsPage, 'AdminGovAccountsPage');
const GovDashboardsPage = fromArea(govArea.DashboardsPage, 'DashboardsPage');
const AdminDashboardsPage = fromArea(adminArea.DashboardsPage, 'DashboardsPage');

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
