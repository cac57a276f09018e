/** Public face of features/cases: import it only through this file. */
export { CASE_PATHS, casePath, editCasePath, peerCasesPath } from './case-paths';
export { CaseDetail } from './components/case-detail';
export { CaseEditor } from './components/case-editor';
export { CaseLibrary } from './components/case-library';
export { CaseReviewQueue } from './components/case-review-queue';
export { MyCasesTable } from './components/my-cases-table';
export { OfferingCases } from './components/offering-cases';
export { PeerCasesBlock, PeerCasesLink, PeerCasesView } from './components/peer-cases';
export { useGetCase } from './api/get-case';
export { useMyPublishedOfferings } from './api/list-my-published-offerings';
