import { EligibleProgrammesBlock } from '../features/programmes';
import { WorkspaceHome } from '../features/workspace';

export function SmeHomePage() {
  return <WorkspaceHome role="sme" extra={<EligibleProgrammesBlock />} />;
}
