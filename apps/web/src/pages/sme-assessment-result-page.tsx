import { useParams } from 'react-router';
import { AssessmentResultView } from '../features/assessment';

export function SmeAssessmentResultPage() {
  const { id = '' } = useParams();
  return <AssessmentResultView key={id} id={id} />;
}
