import { PeerCasesBlock } from '../features/cases';
import { SmeMatchesView } from '../features/smes';

export function SmeMatchesPage() {
  return <SmeMatchesView aside={<PeerCasesBlock />} />;
}
