import { IndexStatusView } from '../features/search-index/components/index-status-view';

export function AdminSearchIndexPage() {
  return <IndexStatusView />;
}
