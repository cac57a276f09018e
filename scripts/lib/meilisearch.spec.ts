import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { ensureMeiliBinary, MEILI_VERSION, sha256File } from './meilisearch.js';

describe('ensureMeiliBinary (checksum verification)', () => {
  let dir: string;
  let source: string;
  const content = Buffer.from('#!/bin/sh\necho pretend meilisearch\n');
  const digest = createHash('sha256').update(content).digest('hex');

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'meili-spec-'));
    source = path.join(dir, 'packaged-meilisearch');
    await writeFile(source, content);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('hashes a file as hex SHA-256', async () => {
    expect(await sha256File(source)).toBe(digest);
  });

  it('installs a verified copy as an executable under <dataDir>/bin', async () => {
    const sut = await ensureMeiliBinary(path.join(dir, 'data'), () => undefined, {
      path: source,
      sha256: digest,
    });
    expect(sut).toBe(path.join(dir, 'data', 'bin', `meilisearch-${MEILI_VERSION}`));
    expect(await readFile(sut)).toEqual(content);
    expect((await stat(sut)).mode & 0o777).toBe(0o755);
  });

  it('refuses a binary whose digest differs and leaves nothing runnable behind', async () => {
    const dataDir = path.join(dir, 'data');
    await expect(
      ensureMeiliBinary(dataDir, () => undefined, { path: source, sha256: '0'.repeat(64) }),
    ).rejects.toThrow(`its SHA-256 is ${digest}, expected ${'0'.repeat(64)}`);
    expect(await readdir(path.join(dataDir, 'bin'))).toEqual([]);
  });

  it('trusts an installed copy of the same size without hashing it again', async () => {
    const dataDir = path.join(dir, 'data');
    const binary = { path: source, sha256: digest };
    const first = await ensureMeiliBinary(dataDir, () => undefined, binary);
    const logged: string[] = [];
    const again = await ensureMeiliBinary(dataDir, (l) => logged.push(l), {
      ...binary,
      sha256: 'not checked for an installed copy',
    });
    expect(again).toBe(first);
    expect(logged).toEqual([]);
  });
});
