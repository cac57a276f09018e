import { SearchView } from '../features/search/components/search-view';

export function SearchPage() {
  return <SearchView />;
}
