import { useParams } from 'react-router';
import { LeadThread } from '../features/leads';
import { PATHS } from '../shared';

/** One lead: the conversation, the firm, the reply box and the legal status moves. */
export function ProviderLeadPage() {
  const { id = '' } = useParams();
  return <LeadThread key={id} id={id} mode="provider" backPath={PATHS.providerLeads} />;
}
