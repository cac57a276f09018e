/**
 * The benchmark runs the built API (apps/api/dist): refuse to measure a build older than its
 * sources, which would silently benchmark yesterday's code.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The sources the built API is compiled from (relative to the repository root). */
export const API_SOURCES = ['apps/api/src', 'libs/domain/src', 'libs/contracts/src'] as const;

/** The newest modification time (ms) of the files under `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The source directories changed after the build (`newest` gives a directory's newest mtime). */
export function staleSources(
  builtMs: number,
  sources: readonly string[],
  newest: (dir: string) => number,
): string[] {
  return sources.filter((d) => newest(d) > builtMs);
}

export function assertBuildIsFresh(root: string, apiMain: string): void {
  let built: number;
  try {
    built = statSync(apiMain).mtimeMs;
  } catch {
    throw new Error(`${path.relative(root, apiMain)} is missing: run \`npm run build\``);
  }
  const stale = staleSources(
    built,
    API_SOURCES.map((d) => path.join(root, d)),
    newestMtime,
  );
  if (stale.length > 0)
    throw new Error(
      `the built API is older than ${stale.map((d) => path.relative(root, d)).join(', ')}: run \`npm run build\``,
    );
}
