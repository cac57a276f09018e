/**
 * Whether the API may listen where HOST says (issue 10, docs/adr/0009): the embedded defaults
 * publish an admin password and seed demo accounts that share one password, which is fine on
 * this machine only. Off loopback the API refuses to start until both are gone.
 */

/** The admin password `npm start` uses when ADMIN_PASSWORD is unset (scripts/lib/launcher.ts, README). */
export const DOCUMENTED_DEV_ADMIN_PASSWORD = 'admin-password-123';

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export interface ExposureInput {
  host: string;
  adminPassword: string | undefined;
  /** SEED_DEMO is on (demo accounts would be created in an empty database). */
  seedDemo: boolean;
  /** Demo accounts exist in the database. */
  demoAccounts: boolean;
}

/** What must change before the API may listen on a non-loopback HOST; empty = fine. */
export function exposureProblems(input: ExposureInput): string[] {
  if (isLoopbackHost(input.host)) return [];
  const where = `HOST=${input.host} makes the API reachable from other machines, but`;
  const problems: string[] = [];
  if (input.adminPassword === DOCUMENTED_DEV_ADMIN_PASSWORD) {
    problems.push(
      `${where} ADMIN_PASSWORD is the documented development default: set ADMIN_PASSWORD to a secret of your own (at least 10 characters)`,
    );
  }
  if (input.demoAccounts) {
    problems.push(
      `${where} the database holds the demo accounts (one shared, published password): use a fresh database (another DATA_DIR or DATABASE_URL) with SEED_DEMO=false`,
    );
  } else if (input.seedDemo) {
    problems.push(
      `${where} SEED_DEMO=true would create demo accounts with a published password: set SEED_DEMO=false`,
    );
  }
  if (problems.length > 0) {
    problems.push('or keep the default HOST=127.0.0.1 (this machine only)');
  }
  return problems;
}
