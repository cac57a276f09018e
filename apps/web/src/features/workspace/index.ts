/** Public face of features/workspace: import it only through this file. */
export { WorkspaceHome } from './components/workspace-home';
