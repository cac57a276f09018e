import { WorkspaceHome } from '../features/workspace';

export function AdminHomePage() {
  return <WorkspaceHome role="admin" />;
}
