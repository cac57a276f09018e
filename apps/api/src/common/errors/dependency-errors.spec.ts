import { describe, expect, it } from '@jest/globals';
import { isDependencyDown } from './dependency-errors.js';

describe('isDependencyDown', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [{ code: '08006' }],
    [{ message: 'Connection terminated unexpectedly' }],
    [{ name: 'MeiliSearchRequestError', message: 'fetch failed' }],
    [{ message: 'wrapped', driverError: { code: 'ECONNRESET' } }],
  ])('recognises %j', (error) => {
    expect(isDependencyDown(error)).toBe(true);
  });

  it.each([[{ code: '23505' }], [new Error('boom')], [null], ['text']])('ignores %j', (error) => {
    expect(isDependencyDown(error)).toBe(false);
  });
});
