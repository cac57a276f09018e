import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';

import { loadOrCreateSecrets, secretsPath } from './secrets.js';

describe('loadOrCreateSecrets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'secrets-spec-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates long random secrets once, readable only by the owner', async () => {
    const sut = await loadOrCreateSecrets(dir);
    for (const value of Object.values(sut)) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(Object.values(sut)).size).toBe(3);
    expect((await stat(secretsPath(dir))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecrets(dir)).toEqual(sut);
  });

  it('keeps valid stored secrets and replaces a missing or too short one', async () => {
    const kept = 'k'.repeat(40);
    await writeFile(
      secretsPath(dir),
      JSON.stringify({ postgresPassword: kept, meiliMasterKey: 'short' }),
      { mode: 0o600 },
    );
    const sut = await loadOrCreateSecrets(dir);
    expect(sut.postgresPassword).toBe(kept);
    expect(sut.meiliMasterKey).not.toBe('short');
    expect(sut.jwtSecret).toHaveLength(43);
    const stored = JSON.parse(await readFile(secretsPath(dir), 'utf8')) as Record<string, unknown>;
    expect(stored.meiliMasterKey).toBe(sut.meiliMasterKey);
  });

  it('tightens a file others could read', async () => {
    await loadOrCreateSecrets(dir);
    await chmod(secretsPath(dir), 0o644);
    const logged: string[] = [];
    await loadOrCreateSecrets(dir, (l) => logged.push(l));
    expect((await stat(secretsPath(dir))).mode & 0o777).toBe(0o600);
    expect(logged[0]).toContain('was readable by others (mode 644): chmod 600');
  });

  it('refuses a file that is not JSON instead of replacing the secrets', async () => {
    await writeFile(secretsPath(dir), '{ not json', { mode: 0o600 });
    await expect(loadOrCreateSecrets(dir)).rejects.toThrow('is not valid JSON');
    expect(await readFile(secretsPath(dir), 'utf8')).toBe('{ not json');
  });
});
