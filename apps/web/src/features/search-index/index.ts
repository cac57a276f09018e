/** Public face of features/search-index: import it only through this file. */
export { IndexStatusView } from './components/index-status-view';
