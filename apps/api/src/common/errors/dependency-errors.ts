const NET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/**
 * True when an error means PostgreSQL or Meilisearch could not be reached (as opposed to a bad
 * request): the API answers 503 and the client may retry.
 */
export function isDependencyDown(e: unknown, depth = 0): boolean {
  if (typeof e !== 'object' || e === null || depth > 5) return false;
  const err = e as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    driverError?: unknown;
  };
  const code = typeof err.code === 'string' ? err.code : undefined;
  if (code !== undefined) {
    if (NET_CODES.has(code)) return true;
    // PostgreSQL SQLSTATE class 08 (connection exception) and 57P01-57P03 (shutdown, cannot connect now)
    if (/^08/.test(code) || /^57P0[1-3]$/.test(code)) return true;
  }
  const name = typeof err.name === 'string' ? err.name : '';
  if (
    [
      'MeiliSearchRequestError',
      'MeilisearchRequestError',
      'MeilisearchRequestTimeOutError',
    ].includes(name)
  ) {
    return true;
  }
  if (name === 'SearchUnavailableError') return true;
  const message = typeof err.message === 'string' ? err.message : '';
  if (
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      message,
    )
  ) {
    return true;
  }
  return isDependencyDown(err.driverError, depth + 1) || isDependencyDown(err.cause, depth + 1);
}
