import { describe, expect, it } from '@jest/globals';
import { scenarioChanges as sut } from './scenario-diff.js';

describe('scenarioChanges', () => {
  it('lists only the scenarios whose rating moved, with before and after', () => {
    expect(
      sut({ quality: 1, equipment: 2, finance: 3 }, { quality: 2, equipment: 2, finance: 1 }),
    ).toEqual([
      { code: 'quality', before: 1, after: 2 },
      { code: 'finance', before: 3, after: 1 },
    ]);
  });

  it('treats a scenario rated on one side only (or null) as a change from or to null', () => {
    expect(sut({ quality: 1, energy: null }, { energy: 2 })).toEqual([
      { code: 'quality', before: 1, after: null },
      { code: 'energy', before: null, after: 2 },
    ]);
  });

  it('is empty when nothing moved', () => {
    expect(sut({ quality: 3 }, { quality: 3 })).toEqual([]);
  });
});
