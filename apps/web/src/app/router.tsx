import { createBrowserRouter } from 'react-router';
import { AdminAuditPage } from '../pages/admin-audit-page';
import { AdminHomePage } from '../pages/admin-home-page';
import { AdminInquiriesPage } from '../pages/admin-inquiries-page';
import { AdminInquiryPage } from '../pages/admin-inquiry-page';
import { DemandInsightPage } from '../pages/demand-insight-page';
import { AdminSearchIndexPage } from '../pages/admin-search-index-page';
import { ComparePage } from '../pages/compare-page';
import { AdminOfferingsPage } from '../pages/admin-offerings-page';
import { AdminReviewPage } from '../pages/admin-review-page';
import { LandingPage } from '../pages/landing-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { OfferingDetailPage } from '../pages/offering-detail-page';
import { OfferingEditorPage } from '../pages/offering-editor-page';
import { OfferingsPage } from '../pages/offerings-page';
import { ProviderFunnelPage } from '../pages/provider-funnel-page';
import { ProviderHomePage } from '../pages/provider-home-page';
import { ProviderLeadPage } from '../pages/provider-lead-page';
import { ProviderLeadsPage } from '../pages/provider-leads-page';
import { ProviderOfferingsPage } from '../pages/provider-offerings-page';
import { ProviderProfilePage } from '../pages/provider-profile-page';
import { ProviderPublicPage } from '../pages/provider-public-page';
import { RegisterPage } from '../pages/register-page';
import { SearchPage } from '../pages/search-page';
import { SmeAssessmentHistoryPage } from '../pages/sme-assessment-history-page';
import { SmeAssessmentPage } from '../pages/sme-assessment-page';
import { SmeAssessmentResultPage } from '../pages/sme-assessment-result-page';
import { SmeHomePage } from '../pages/sme-home-page';
import { SmeInquiriesPage } from '../pages/sme-inquiries-page';
import { SmeInquiryPage } from '../pages/sme-inquiry-page';
import { NotificationsPage } from '../pages/notifications-page';
import { SmeMatchesPage } from '../pages/sme-matches-page';
import { SmeNeedsPage } from '../pages/sme-needs-page';
import { SmePlanPage } from '../pages/sme-plan-page';
import { SmeProfilePage } from '../pages/sme-profile-page';
import { AppShell } from './app-shell';
import { GuestOnly, RequireAuth, RequireRole } from './guards';
import { RouteError } from './route-error';

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
                  { path: 'demand', element: <DemandInsightPage /> },
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
                  { path: 'demand', element: <DemandInsightPage /> },
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
