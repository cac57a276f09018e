/** Reads the `exp` claim (seconds since epoch) of a JWT without verifying it; null when absent. */
export function readJwtExpiry(token: string): number | null | 'malformed' {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return 'malformed';
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
    const payload: unknown = JSON.parse(atob(padded));
    if (typeof payload !== 'object' || payload === null) return 'malformed';
    const exp = (payload as Record<string, unknown>).exp;
    if (exp === undefined) return null;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : 'malformed';
  } catch {
    return 'malformed';
  }
}

/**
 * A token is usable when it is well-formed and not past its `exp` (with a little skew so a
 * token does not expire between the check and the request). Tokens without `exp` are usable.
 */
export function isTokenUsable(token: string, nowMs: number = Date.now(), skewMs = 5_000): boolean {
  const exp = readJwtExpiry(token);
  if (exp === 'malformed') return false;
  return exp === null || exp * 1000 - skewMs > nowMs;
}
