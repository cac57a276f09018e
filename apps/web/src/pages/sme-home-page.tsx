import { WorkspaceHome } from '../features/workspace/components/workspace-home';

export function SmeHomePage() {
  return <WorkspaceHome role="sme" />;
}
