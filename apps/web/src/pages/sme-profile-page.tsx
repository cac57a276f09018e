import { SmeProfileView } from '../features/smes/components/sme-profile-view';

export function SmeProfilePage() {
  return <SmeProfileView />;
}
