/**
 * Embedded backing services for `npm start` / `npm run dev` / tests: PostgreSQL and
 * Meilisearch as real child processes, plus the registry that cleans up after a crash.
 */
export { freePort, isPortFree, canConnect } from './net.js';
export {
  startEmbeddedPostgres,
  postgresBinaries,
  postgresProcessesFor,
  type PostgresHandle,
  type PostgresOptions,
  type ExitInfo,
} from './postgres.js';
export {
  startEmbeddedMeilisearch,
  ensureMeiliBinary,
  packagedMeiliBinary,
  sha256File,
  MEILI_SHA256,
  MEILI_VERSION,
  type MeiliHandle,
  type MeiliOptions,
} from './meilisearch.js';
export {
  ProcessRegistry,
  recoverStaleChildren,
  registryPath,
  isSameProcess,
  LauncherRunningError,
  type RecoveredChild,
  type RegisteredChild,
} from './registry.js';
