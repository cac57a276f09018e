import { describe, expect, it } from '@jest/globals';

import { compareHits, mean } from './retrieval-metrics.js';

describe('compareHits', () => {
  it('measures how much of the reference this variant finds, overall and in its top 10', () => {
    const base = ['a', 'b', 'c', 'd'];
    const sut = compareHits(base, ['b', 'a', 'x'], null);
    expect(sut).toEqual({
      hits: 3,
      hitRecall: 0.5,
      overlap10: 0.5,
      wordRecall: null,
      wordPrecision: null,
    });
  });

  it('compares only the top 10 of each for the overlap', () => {
    const base = Array.from({ length: 12 }, (_, i) => `d${i}`);
    const mine = ['d11', ...base.slice(0, 11)];
    const sut = compareHits(base, mine, null);
    expect(sut.hitRecall).toBe(1);
    expect(sut.overlap10).toBe(0.9);
  });

  it('scores a word query against the documents that contain the word', () => {
    const sut = compareHits(['a'], ['a', 'b', 'z'], new Set(['a', 'b', 'c', 'd']));
    expect(sut.wordRecall).toBe(0.5);
    expect(sut.wordPrecision).toBeCloseTo(2 / 3);
  });

  it('counts finding nothing where nothing is expected as perfect', () => {
    expect(compareHits([], [], new Set())).toEqual({
      hits: 0,
      hitRecall: 1,
      overlap10: 1,
      wordRecall: 1,
      wordPrecision: 1,
    });
  });
});

describe('mean', () => {
  it('skips unmeasured values and is NaN when none is measured', () => {
    expect(mean([1, null, 2])).toBe(1.5);
    expect(mean([null])).toBeNaN();
  });
});
