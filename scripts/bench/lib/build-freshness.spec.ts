import { describe, expect, it } from '@jest/globals';

import { staleSources } from './build-freshness.js';

describe('staleSources', () => {
  const newest: Record<string, number> = { 'apps/api/src': 2000, 'libs/domain/src': 900 };
  const sut = (built: number): string[] =>
    staleSources(built, ['apps/api/src', 'libs/domain/src'], (d) => newest[d] ?? 0);

  it('reports the source directories changed after the build', () => {
    expect(sut(1000)).toEqual(['apps/api/src']);
  });

  it('accepts a build as new as its newest source', () => {
    expect(sut(2000)).toEqual([]);
  });
});
