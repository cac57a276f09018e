import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * `mkdir -p` that fails instead of spinning: Node 20's `mkdir({ recursive: true })` loops
 * forever on paths where a directory can never be created (e.g. below /proc).
 */
export async function mkdirp(dir: string, mode = 0o755): Promise<void> {
  const missing: string[] = [];
  let current = path.resolve(dir);
  while ((await fs.stat(current).catch(() => null)) === null) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const part of missing) {
    try {
      await fs.mkdir(part, { mode });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
