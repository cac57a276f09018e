import { PATHS } from '../../shared';

/** `/compare?ids=a,b,c`: the compare page for these offerings (shareable). */
export function comparePath(ids: readonly string[]): string {
  const params = new URLSearchParams({ ids: ids.join(',') });
  return `${PATHS.compare}?${params.toString()}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The offering ids of a compare URL: well-formed, each once, at most `max`. */
export function parseCompareIds(value: string | null, max: number): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, max);
}
