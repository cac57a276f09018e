import { describe, expect, it } from '@jest/globals';

import { differingKeys, isRecord, num, str } from './json-fields.js';

describe('json fields', () => {
  it('reads a string and a number field', () => {
    const answer: unknown = { accessToken: 'abc', documents: 3 };
    expect(str(answer, 'accessToken')).toBe('abc');
    expect(num(answer, 'documents')).toBe(3);
  });

  it('names the missing field and quotes the answer when a field has another type', () => {
    expect(() => str({ accessToken: 1 }, 'accessToken')).toThrow(
      'expected a string "accessToken" in {"accessToken":1}',
    );
    expect(() => num(null, 'documents')).toThrow('expected a number "documents" in null');
  });

  it('treats arrays and null as no record', () => {
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord({})).toBe(true);
  });

  it('lists the keys whose JSON differs, in the order of the expected document', () => {
    const expected = { id: 'a', tags: ['x', 'y'], rating: 4.5, title: 't' };
    expect(differingKeys({ id: 'a', tags: ['y', 'x'], rating: 4.5 }, expected)).toEqual([
      'tags',
      'title',
    ]);
    expect(differingKeys({ ...expected }, expected)).toEqual([]);
    expect(differingKeys('not a document', expected)).toEqual(['id', 'tags', 'rating', 'title']);
  });
});
