// The SME pages: one chunk per page, each fetched when it first renders (see app/router.tsx), so
// a signed-in first load carries the page it shows and not the rest of its role's pages.
export const smeArea = {
  SmeApplicationsPage: () => import('./sme-applications-page'),
  SmeAssessmentHistoryPage: () => import('./sme-assessment-history-page'),
  SmeAssessmentPage: () => import('./sme-assessment-page'),
  SmeAssessmentResultPage: () => import('./sme-assessment-result-page'),
  SmeHomePage: () => import('./sme-home-page'),
  SmeInquiriesPage: () => import('./sme-inquiries-page'),
  SmeInquiryPage: () => import('./sme-inquiry-page'),
  SmeMatchesPage: () => import('./sme-matches-page'),
  SmeNeedsPage: () => import('./sme-needs-page'),
  SmePeerCasesPage: () => import('./sme-peer-cases-page'),
  SmePlanPage: () => import('./sme-plan-page'),
  SmeProfilePage: () => import('./sme-profile-page'),
};
