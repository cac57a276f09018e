import { describe, expect, it } from '@jest/globals';
import { diffFields as sut } from './diff.js';

describe('diffFields', () => {
  it('lists only the fields that changed, deep-comparing arrays and objects', () => {
    const before = { title: 'A', tags: ['x'], plans: [{ p: 1 }], note: null as string | null };
    const after = { title: 'A', tags: ['x', 'y'], plans: [{ p: 2 }], note: 'n' };
    expect(sut(before, after, ['title', 'tags', 'plans', 'note'])).toEqual([
      { field: 'tags', before: ['x'], after: ['x', 'y'] },
      { field: 'plans', before: [{ p: 1 }], after: [{ p: 2 }] },
      { field: 'note', before: null, after: 'n' },
    ]);
  });

  it('ignores fields absent from the new version', () => {
    expect(sut<{ a: number; b: number }>({ a: 1, b: 2 }, { b: 3 }, ['a', 'b'])).toEqual([
      { field: 'b', before: 2, after: 3 },
    ]);
  });
});
