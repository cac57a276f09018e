import { SmeMatchesView } from '../features/smes/components/sme-matches-view';

export function SmeMatchesPage() {
  return <SmeMatchesView />;
}
