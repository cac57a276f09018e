import { useSession } from '../../auth';
import type { ProgrammeManager } from '../programme-paths';

/** The signed-in manager's role (gov or admin); the pages sit behind a role guard. */
export function useProgrammeManager(): ProgrammeManager {
  const session = useSession();
  return session.status === 'authenticated' && session.user.role === 'admin' ? 'admin' : 'gov';
}
