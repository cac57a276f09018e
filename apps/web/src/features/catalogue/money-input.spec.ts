import { describe, expect, it } from '@jest/globals';
import { centsToYuanInput, parseYuanToCents } from './money-input';

describe('parseYuanToCents', () => {
  it.each([
    ['99', 9900],
    ['99.9', 9990],
    ['99.90', 9990],
    ['0.05', 5],
    ['0.1', 10],
    ['19.99', 1999],
    ['1,299.00', 129900],
    ['¥ 12.5', 1250],
    ['  7 ', 700],
    ['007.10', 710],
    ['10.', 1000],
    ['0', 0],
    ['10000000', 1_000_000_000],
  ])('%s yuan is %i fen', (input, cents) => {
    expect(parseYuanToCents(input)).toBe(cents);
  });

  it('is exact where floating point is not (0.29 × 100 = 28.999…)', () => {
    expect(parseYuanToCents('0.29')).toBe(29);
    expect(parseYuanToCents('1.15')).toBe(115);
    expect(parseYuanToCents('4.35')).toBe(435);
  });

  it.each(['', 'abc', '-1', '1.234', '1e3', '.5', '1.2.3', '10000000.01', '99999999999999999999'])(
    'rejects %p',
    (input) => {
      expect(parseYuanToCents(input)).toBeNull();
    },
  );
});

describe('centsToYuanInput', () => {
  it.each([
    [9900, '99.00'],
    [5, '0.05'],
    [0, '0.00'],
    [123456, '1234.56'],
  ])('%i fen is %s', (cents, text) => {
    expect(centsToYuanInput(cents)).toBe(text);
  });

  it('round-trips', () => {
    for (const cents of [0, 1, 99, 100, 1999, 1_000_000_000]) {
      expect(parseYuanToCents(centsToYuanInput(cents))).toBe(cents);
    }
  });
});
