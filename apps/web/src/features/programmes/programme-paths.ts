import { PATHS } from '../../shared';

/** Who manages programmes: a gov account (its region) or an admin (every region). */
export type ProgrammeManager = 'gov' | 'admin';

export interface ProgrammeManagerPaths {
  /** The programme list (the gov's home). */
  list: string;
  /** The application queue. */
  applications: string;
  /** The queue filtered to one programme. */
  applicationsOf: (programmeId: string) => string;
  /** The budget ledger of one programme. */
  ledger: (programmeId: string) => string;
}

function pathsUnder(list: string, applications: string, programmes: string): ProgrammeManagerPaths {
  return {
    list,
    applications,
    applicationsOf: (id) => `${applications}?programmeId=${encodeURIComponent(id)}`,
    ledger: (id) => `${programmes}/${encodeURIComponent(id)}/ledger`,
  };
}

/** The gov pages live under /gov; an admin opens the same pages under /admin/programmes. */
export const PROGRAMME_PATHS: Record<ProgrammeManager, ProgrammeManagerPaths> = {
  gov: pathsUnder(PATHS.govHome, PATHS.govApplications, `${PATHS.govHome}/programmes`),
  admin: pathsUnder(PATHS.adminProgrammes, PATHS.adminProgrammeApplications, PATHS.adminProgrammes),
};
