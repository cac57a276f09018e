import { SmeMatchesView } from '../features/smes';

export function SmeMatchesPage() {
  return <SmeMatchesView />;
}
