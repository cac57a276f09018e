import { AssessmentHistoryView } from '../features/assessment';

export function SmeAssessmentHistoryPage() {
  return <AssessmentHistoryView />;
}
