import { describe, expect, it } from '@jest/globals';

import { parseReady, recoveredList, selfCheckMode } from './self-check.js';

describe('self-check mode', () => {
  it('is the launcher child with --launcher <dir>', () => {
    expect(selfCheckMode(['--launcher', '/tmp/x'])).toEqual({ mode: 'launcher', dir: '/tmp/x' });
  });

  it('is the check otherwise, keeping its dir with --keep', () => {
    expect(selfCheckMode([])).toEqual({ mode: 'check', keep: false });
    expect(selfCheckMode(['--keep'])).toEqual({ mode: 'check', keep: true });
    expect(selfCheckMode(['--launcher'])).toEqual({ mode: 'check', keep: false });
  });
});

describe('the launcher child READY line', () => {
  it('is not there until both pids are', () => {
    expect(parseReady('')).toBeNull();
    expect(parseReady('READY 12')).toBeNull();
  });

  it('gives the PostgreSQL then the Meilisearch pid, after other output', () => {
    expect(parseReady('starting…\nREADY 123 456\n')).toEqual({ pgPid: 123, meiliPid: 456 });
  });
});

describe('recovered list', () => {
  it('names each recovered child with its outcome', () => {
    expect(
      recoveredList([
        { name: 'postgres', outcome: 'stopped' },
        { name: 'meilisearch', outcome: 'gone' },
      ]),
    ).toBe('postgres:stopped, meilisearch:gone');
    expect(recoveredList([])).toBe('');
  });
});
