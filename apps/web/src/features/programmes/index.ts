/** Public face of features/programmes: import it only through this file. */
export {
  PROGRAMME_PATHS,
  type ProgrammeManager,
  type ProgrammeManagerPaths,
} from './programme-paths';
export { useProgrammeManager } from './hooks/use-programme-manager';
export { useProgramme } from './api/programmes';
export { type ApplicationStatus, isApplicationStatus, type ProgrammeStatus } from './api/types';
export { ApplicationsQueue } from './components/applications-queue';
export { BudgetBar } from './components/budget-bar';
export { LedgerTable } from './components/ledger-table';
export { ProgrammesManager } from './components/programmes-manager';
export { ProgrammeStatusTag } from './components/status-tags';
export { GovAccountsAdmin } from './components/gov-accounts-admin';
export { EligibleProgrammesBlock } from './components/eligible-programmes';
export { MyApplications } from './components/my-applications';
export { OfferingSubsidies } from './components/offering-subsidies';
export { SubsidyQuickAction } from './components/subsidy-quick-action';
