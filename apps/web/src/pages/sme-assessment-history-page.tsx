import { AssessmentHistoryView } from '../features/assessment/components/assessment-history-view';

export function SmeAssessmentHistoryPage() {
  return <AssessmentHistoryView />;
}
