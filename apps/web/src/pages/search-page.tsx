import { SearchView } from '../features/search';

export function SearchPage() {
  return <SearchView />;
}
