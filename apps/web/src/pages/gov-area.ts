// The gov (local authority) pages, loaded as one chunk when a signed-in gov user opens /gov.
export { DashboardsPage } from './dashboards-page';
export { ProgrammeApplicationsPage } from './programme-applications-page';
export { ProgrammeLedgerPage } from './programme-ledger-page';
export { ProgrammesPage } from './programmes-page';
