/** Public face of features/assessment: import it only through this file. */
export { AssessmentHistoryView } from './components/assessment-history-view';
export { AssessmentResultView } from './components/assessment-result-view';
export { AssessmentWizardView } from './components/assessment-wizard-view';
