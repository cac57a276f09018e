import { CompareView } from '../features/search';

export function ComparePage() {
  return <CompareView />;
}
