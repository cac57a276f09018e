import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import {
  ensureDataDir,
  LaunchConfigError,
  parsePort,
  REPO_ROOT,
  resolveDataDir,
} from './launcher.js';

describe('parsePort', () => {
  it('uses the fallback when the variable is unset or blank', () => {
    expect(parsePort({}, 'PORT', 3000)).toBe(3000);
    expect(parsePort({ PORT: '  ' }, 'PORT', 3000)).toBe(3000);
  });

  it('accepts an integer port, trimmed', () => {
    expect(parsePort({ PORT: ' 8080 ' }, 'PORT', 3000)).toBe(8080);
  });

  it.each([['0'], ['65536'], ['80.5'], ['-1'], ['http']])(
    'refuses PORT=%p with a config error',
    (raw) => {
      expect(() => parsePort({ PORT: raw }, 'PORT', 3000)).toThrow(LaunchConfigError);
      expect(() => parsePort({ PORT: raw }, 'PORT', 3000)).toThrow(
        `PORT must be an integer from 1 to 65535 (got "${raw}")`,
      );
    },
  );
});

describe('data dir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'launcher-spec-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('resolves a relative DATA_DIR against where npm was invoked and creates it', async () => {
    const sut = await resolveDataDir({ DATA_DIR: 'nested/data', INIT_CWD: dir });
    expect(sut).toBe(path.join(dir, 'nested', 'data'));
    expect(await ensureDataDir(sut)).toBe(sut);
  });

  it('defaults to .data in the repository', async () => {
    // Only the path is checked: resolving creates .data, as npm start does.
    expect(await resolveDataDir({ DATA_DIR: path.join(dir, 'x') })).toBe(path.join(dir, 'x'));
    expect(path.join(REPO_ROOT, '.data')).toBe(
      path.resolve(import.meta.dirname, '..', '..', '.data'),
    );
  });

  it('refuses a DATA_DIR that is a file, or contains a NUL byte', async () => {
    const file = path.join(dir, 'file');
    await writeFile(file, '');
    await expect(ensureDataDir(file)).rejects.toThrow(
      `DATA_DIR=${file} exists but is not a directory`,
    );
    await expect(resolveDataDir({ DATA_DIR: 'a\0b' })).rejects.toThrow(
      'DATA_DIR contains a NUL byte',
    );
  });

  it('says which directory cannot be created', async () => {
    await expect(ensureDataDir('/proc/toolbox-cannot-exist')).rejects.toThrow(
      'DATA_DIR=/proc/toolbox-cannot-exist cannot be created',
    );
  });
});
