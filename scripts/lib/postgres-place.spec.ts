import {
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  ensureOwnedDir,
  linkNominal,
  relocatedClusterHome,
  stageTree,
  stagedBinariesDir,
} from './postgres-place.js';

describe('place names', () => {
  it('are stable for a path and differ between projects', () => {
    const a = relocatedClusterHome('/var/tmp', '/root/p/.data/postgres');
    expect(a).toMatch(/^\/var\/tmp\/toolbox-pg-data-[0-9a-f]{12}$/);
    expect(relocatedClusterHome('/var/tmp', '/root/p/.data/../.data/postgres')).toBe(a);
    expect(relocatedClusterHome('/var/tmp', '/root/q/.data/postgres')).not.toBe(a);
    expect(
      stagedBinariesDir('/var/tmp', '/root/p/node_modules/x/native', '18.4.0-beta.17'),
    ).toMatch(/^\/var\/tmp\/toolbox-pg-18\.4\.0-beta\.17-[0-9a-f]{12}$/);
  });
});

describe('places on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pg-place-spec-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a private directory once and refuses a planted one', async () => {
    const uid = process.getuid?.() ?? 0;
    const home = path.join(dir, 'home');
    await ensureOwnedDir(home, 0o711, uid);
    expect((await stat(home)).mode & 0o777).toBe(0o711);
    await ensureOwnedDir(home, 0o711, uid); // existing and fine
    const planted = path.join(dir, 'planted');
    await symlink(home, planted);
    await expect(ensureOwnedDir(planted, 0o711, uid)).rejects.toThrow('a symlink');
    await expect(ensureOwnedDir(home, 0o711, uid + 1)).rejects.toThrow('not a directory owned by');
  });

  it('stages a tree with links, symlinks and modes, completely or not at all', async () => {
    const src = path.join(dir, 'native');
    await mkdir(path.join(src, 'bin'), { recursive: true });
    await mkdir(path.join(src, 'lib'));
    await writeFile(path.join(src, 'bin', 'postgres'), 'binary', { mode: 0o755 });
    await writeFile(path.join(src, 'lib', 'libx.so.1.2'), 'lib', { mode: 0o644 });
    await writeFile(path.join(src, 'lib', 'private'), 'secret-ish', { mode: 0o600 });
    await symlink('libx.so.1.2', path.join(src, 'lib', 'libx.so'));
    const to = path.join(dir, 'staged');
    expect(await stageTree(src, to)).toBe('copied'); // the 0600 file is copied, readable
    expect(await readFile(path.join(to, 'bin', 'postgres'), 'utf8')).toBe('binary');
    expect((await stat(path.join(to, 'bin', 'postgres'))).ino).toBe(
      (await stat(path.join(src, 'bin', 'postgres'))).ino,
    );
    expect((await stat(path.join(to, 'lib', 'private'))).mode & 0o444).toBe(0o444);
    expect(await readlink(path.join(to, 'lib', 'libx.so'))).toBe('libx.so.1.2');
    expect(await stageTree(src, to)).toBe('existing');
  });

  it('points the nominal cluster path at the relocated one', async () => {
    const nominal = path.join(dir, 'postgres');
    const target = path.join(dir, 'elsewhere');
    await mkdir(nominal); // an empty directory left by an earlier attempt
    await linkNominal(nominal, target);
    expect((await lstat(nominal)).isSymbolicLink()).toBe(true);
    expect(await readlink(nominal)).toBe(target);
    await linkNominal(nominal, target); // idempotent
    await linkNominal(nominal, path.join(dir, 'moved'));
    expect(await readlink(nominal)).toBe(path.join(dir, 'moved'));
  });
});
