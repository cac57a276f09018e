import { describe, expect, it } from '@jest/globals';

import { parseOptions } from './options.js';

describe('parseOptions', () => {
  it('runs the full-size benchmark and writes the doc by default', () => {
    const sut = parseOptions([]);
    expect(sut).toEqual({
      offerings: 100_000,
      smes: 200,
      approvals: 25,
      write: true,
      json: undefined,
      rawSequential: false,
      indexExperiments: false,
      skipPg: false,
    });
  });

  it('never writes the doc for a smaller catalogue', () => {
    expect(parseOptions(['--offerings', '20000'])).toMatchObject({
      offerings: 20_000,
      write: false,
    });
  });

  it('reads --no-write, --json and the experiment flags', () => {
    const sut = parseOptions([
      '--no-write',
      '--json',
      'out.json',
      '--raw-sequential',
      '--index-experiments',
      '--skip-pg',
    ]);
    expect(sut).toMatchObject({
      write: false,
      json: 'out.json',
      rawSequential: true,
      indexExperiments: true,
      skipPg: true,
    });
  });

  it.each([['999'], ['1000.5'], ['many'], ['']])('refuses --offerings %p', (value) => {
    expect(() => parseOptions(['--offerings', value])).toThrow(
      '--offerings must be an integer ≥ 1000',
    );
  });
});
