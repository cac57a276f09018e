import { useParams } from 'react-router';
import { LeadThread } from '../features/leads';
import { PATHS } from '../shared';

/** One inquiry, read-only, for an admin. */
export function AdminInquiryPage() {
  const { id = '' } = useParams();
  return <LeadThread key={id} id={id} mode="admin" backPath={PATHS.adminInquiries} />;
}
