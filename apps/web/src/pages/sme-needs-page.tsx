import { SmeNeedsView } from '../features/smes';

export function SmeNeedsPage() {
  return <SmeNeedsView />;
}
