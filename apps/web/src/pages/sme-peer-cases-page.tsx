import { PeerCasesView } from '../features/cases';

/** 同类企业案例: cases of firms like the SME, optionally for one scenario. */
export function SmePeerCasesPage() {
  return <PeerCasesView />;
}
