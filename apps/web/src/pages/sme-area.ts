// The SME pages, loaded as one chunk when a signed-in SME opens /sme (see app/router.tsx).
export { SmeApplicationsPage } from './sme-applications-page';
export { SmeAssessmentHistoryPage } from './sme-assessment-history-page';
export { SmeAssessmentPage } from './sme-assessment-page';
export { SmeAssessmentResultPage } from './sme-assessment-result-page';
export { SmeHomePage } from './sme-home-page';
export { SmeInquiriesPage } from './sme-inquiries-page';
export { SmeInquiryPage } from './sme-inquiry-page';
export { SmeMatchesPage } from './sme-matches-page';
export { SmeNeedsPage } from './sme-needs-page';
export { SmePeerCasesPage } from './sme-peer-cases-page';
export { SmePlanPage } from './sme-plan-page';
export { SmeProfilePage } from './sme-profile-page';
