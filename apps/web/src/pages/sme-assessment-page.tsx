import { AssessmentWizardView } from '../features/assessment';

export function SmeAssessmentPage() {
  return <AssessmentWizardView />;
}
