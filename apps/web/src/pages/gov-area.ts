// The gov (local authority) pages: one chunk per page, each fetched when it first renders (see app/router.tsx), so
// a signed-in first load carries the page it shows and not the rest of its role's pages.
export const govArea = {
  DashboardsPage: () => import('./dashboards-page'),
  ProgrammeApplicationsPage: () => import('./programme-applications-page'),
  ProgrammeLedgerPage: () => import('./programme-ledger-page'),
  ProgrammesPage: () => import('./programmes-page'),
};
