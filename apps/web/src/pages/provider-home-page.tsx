import { WorkspaceHome } from '../features/workspace';

export function ProviderHomePage() {
  return <WorkspaceHome role="provider" />;
}
