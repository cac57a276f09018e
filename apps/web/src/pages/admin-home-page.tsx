import { WorkspaceHome } from '../features/workspace/components/workspace-home';

export function AdminHomePage() {
  return <WorkspaceHome role="admin" />;
}
