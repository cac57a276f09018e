import { SmeProfileView } from '../features/smes';

export function SmeProfilePage() {
  return <SmeProfileView />;
}
