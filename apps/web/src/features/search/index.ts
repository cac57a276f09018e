/** Public face of features/search: import it only through this file. */
export { CompareBar } from './components/compare-bar';
export { CompareView } from './components/compare-view';
export { ResultCard } from './components/result-card';
export { SearchView } from './components/search-view';
