/**
 * The API's public entry points, as apps/api/package.json `exports` declares them (they point
 * at the build, apps/api/dist). Scripts spawn or load the built API only through these; for
 * code, typecheck and tsx map `@toolbox/api/<entry>` to the sources (scripts/tsconfig.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ApiEntry = './main' | './cli' | './migrations' | './data-source';

const API_DIR = path.resolve(import.meta.dirname, '..', '..', 'apps', 'api');

/** The file that `subpath` of an `exports` map points at (plain string or `default` target). */
export function exportTarget(exportsMap: unknown, subpath: string): string {
  if (typeof exportsMap !== 'object' || exportsMap === null)
    throw new Error('the package declares no exports map');
  const target: unknown = (exportsMap as Record<string, unknown>)[subpath];
  if (typeof target === 'string') return target;
  if (typeof target === 'object' && target !== null) {
    const fallback: unknown = (target as Record<string, unknown>).default;
    if (typeof fallback === 'string') return fallback;
  }
  throw new Error(`the package exports no "${subpath}"`);
}

let manifest: { exports?: unknown } | null = null;

/** Absolute path of a built API entry point (it exists once `npm run build:api` has run). */
export function builtApiEntry(entry: ApiEntry): string {
  manifest ??= JSON.parse(readFileSync(path.join(API_DIR, 'package.json'), 'utf8')) as {
    exports?: unknown;
  };
  return path.join(API_DIR, exportTarget(manifest.exports, entry));
}
