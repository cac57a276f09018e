import { useParams } from 'react-router';
import { CaseDetail } from '../features/cases';

/** `/cases/:id`: one case's public page. */
export function CaseDetailPage() {
  const { id } = useParams();
  return <CaseDetail key={id} id={id} />;
}
