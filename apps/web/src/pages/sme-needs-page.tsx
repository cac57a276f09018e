import { SmeNeedsView } from '../features/smes/components/sme-needs-view';

export function SmeNeedsPage() {
  return <SmeNeedsView />;
}
