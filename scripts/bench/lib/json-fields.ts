/** Reading fields of parsed JSON answers, failing loudly with the answer when one is missing. */

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function str(x: unknown, key: string): string {
  if (!isRecord(x) || typeof x[key] !== 'string')
    throw new Error(`expected a string "${key}" in ${JSON.stringify(x).slice(0, 300)}`);
  return x[key];
}

export function num(x: unknown, key: string): number {
  if (!isRecord(x) || typeof x[key] !== 'number')
    throw new Error(`expected a number "${key}" in ${JSON.stringify(x).slice(0, 300)}`);
  return x[key];
}

/** The keys of `expected` whose JSON differs in `actual` (all of them when `actual` is no object). */
export function differingKeys(actual: unknown, expected: Record<string, unknown>): string[] {
  return Object.keys(expected).filter(
    (k) => !isRecord(actual) || JSON.stringify(actual[k]) !== JSON.stringify(expected[k]),
  );
}
