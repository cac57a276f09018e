import { WorkspaceHome } from '../features/workspace/components/workspace-home';

export function ProviderHomePage() {
  return <WorkspaceHome role="provider" />;
}
