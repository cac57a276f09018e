import { describe, expect, it } from '@jest/globals';

import { phaseDurations, spotCheckLine } from './reindex-progress.js';

describe('phaseDurations', () => {
  it('measures each phase from its first sighting to the next phase, in the API order', () => {
    expect(
      phaseDurations({ done: 900, loading: 100, settings: 0, swapping: 700, catching_up: 600 }),
    ).toEqual({
      settings: 100,
      loading: 500,
      catching_up: 100,
      swapping: 200,
    });
  });

  it('skips phases the poller never saw and ignores unknown ones', () => {
    expect(phaseDurations({ loading: 50, done: 450, mystery: 10 })).toEqual({ loading: 400 });
    expect(phaseDurations({})).toEqual({});
  });
});

describe('spotCheckLine', () => {
  it('says how many documents were identical, naming differing fields', () => {
    expect(spotCheckLine(3, 3, [])).toBe('3/3 documents identical to the raw-baseline documents');
    expect(spotCheckLine(1, 3, new Set(['rating', 'tags']))).toBe(
      '1/3 documents identical to the raw-baseline documents (differing: rating, tags)',
    );
  });
});
