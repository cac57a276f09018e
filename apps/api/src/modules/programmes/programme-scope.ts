import { regionContains } from '@toolbox/domain';
import type { AuthUser } from '../../common/auth/auth-user.js';
import type { ProgrammeEntity } from './entities/programme.entity.js';

/**
 * Who may do what with a programme (api-v1.md "Public programmes"): an admin everything; a gov
 * account everything inside its region (the region itself and, for a province, its cities) and
 * nothing outside it (404); everyone else sees published programmes only.
 */
export function manages(user: AuthUser | undefined, programmeRegion: string): boolean {
  if (user === undefined) return false;
  if (user.role === 'admin') return true;
  return (
    user.role === 'gov' && user.region !== null && regionContains(user.region, programmeRegion)
  );
}

export function sees(
  user: AuthUser | undefined,
  p: Pick<ProgrammeEntity, 'status' | 'region'>,
): boolean {
  return p.status === 'published' || manages(user, p.region);
}

/**
 * SQL for "the programme's region lies inside `region`" (`alias.region`): the region itself, or
 * for a province every code of it, for a city every code of that city. Parameters are named
 * after `key` so two conditions can share a query.
 */
export function insideRegionSql(
  alias: string,
  region: string,
  key: string,
): { sql: string; params: Record<string, string> } {
  if (region.endsWith('0000')) {
    return { sql: `${alias}.region LIKE :${key}`, params: { [key]: `${region.slice(0, 2)}%` } };
  }
  if (region.endsWith('00')) {
    return { sql: `${alias}.region LIKE :${key}`, params: { [key]: `${region.slice(0, 4)}%` } };
  }
  return { sql: `${alias}.region = :${key}`, params: { [key]: region } };
}
