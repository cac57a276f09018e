import { AssessmentWizardView } from '../features/assessment/components/assessment-wizard-view';

export function SmeAssessmentPage() {
  return <AssessmentWizardView />;
}
