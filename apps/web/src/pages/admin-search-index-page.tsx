import { IndexStatusView } from '../features/search-index';

export function AdminSearchIndexPage() {
  return <IndexStatusView />;
}
