import { useParams } from 'react-router';
import { AssessmentResultView } from '../features/assessment';
import { PeerCasesLink } from '../features/cases';

export function SmeAssessmentResultPage() {
  const { id = '' } = useParams();
  return (
    <AssessmentResultView
      key={id}
      id={id}
      weakScenarioActions={(code) => <PeerCasesLink scenario={code} />}
    />
  );
}
