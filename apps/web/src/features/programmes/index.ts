/** Public face of features/programmes: import it only through this file. */
export {
  PROGRAMME_PATHS,
  type ProgrammeManager,
  type ProgrammeManagerPaths,
} from './programme-paths';
export { useProgrammeManager } from './hooks/use-programme-manager';
