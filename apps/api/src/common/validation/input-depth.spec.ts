import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { exceedsDepth as sut, illFormedStringAt } from './api-validation.pipe.js';

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

describe('illFormedStringAt', () => {
  it('names the first lone surrogate, in a value or a key, by its dotted path', () => {
    expect(illFormedStringAt({ email: '\ud800' })).toBe('email');
    expect(illFormedStringAt({ plans: [{ name: 'ok' }, { name: 'x\udc00' }] })).toBe(
      'plans.1.name',
    );
    expect(illFormedStringAt({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(illFormedStringAt('\udfff')).toBe('');
  });

  it('accepts well-formed text, including characters outside the BMP', () => {
    expect(illFormedStringAt({ name: '宁波 😀 𠀀', n: 1, list: ['a', null] })).toBeUndefined();
  });
});
