import { CompareView } from '../features/search/components/compare-view';

export function ComparePage() {
  return <CompareView />;
}
