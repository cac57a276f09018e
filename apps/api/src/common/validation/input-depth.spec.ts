import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { exceedsDepth as sut } from './api-validation.pipe.js';

describe('exceedsDepth', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(sut('x', 0)).toBe(false);
    expect(sut({ a: 1 }, 1)).toBe(false);
    expect(sut({ a: [1] }, 1)).toBe(true);
    expect(sut({ plans: [{ name: 'x' }] }, 3)).toBe(false);
  });

  it('measures 100 000 levels without overflowing the stack', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(sut(v, 32)).toBe(true);
  });
});
