import { describe, expect, it } from '@jest/globals';
import { centsToYuanInput, formatAmount, parseAmount, parseYuanToCents } from './money-input';

describe('parseAmount', () => {
  it('converts yuan to fen without float drift', () => {
    expect(parseAmount('19.99', 'yuan')).toEqual({ ok: true, cents: 1999 });
    expect(parseAmount('0.1', 'yuan')).toEqual({ ok: true, cents: 10 });
    expect(parseAmount('1,234.5', 'yuan')).toEqual({ ok: true, cents: 123450 });
    expect(parseAmount(' 300 ', 'yuan')).toEqual({ ok: true, cents: 30000 });
    expect(parseAmount('.5', 'yuan')).toEqual({ ok: true, cents: 50 });
    expect(parseAmount('7.', 'yuan')).toEqual({ ok: true, cents: 700 });
    // 0.1 + 0.2 would drift with floats; here it is exact.
    expect(parseAmount('1.15', 'yuan')).toEqual({ ok: true, cents: 115 });
  });

  it('converts 万元 to fen: one 万元 is 1,000,000 fen', () => {
    expect(parseAmount('1', 'wan')).toEqual({ ok: true, cents: 1_000_000 });
    expect(parseAmount('300', 'wan')).toEqual({ ok: true, cents: 300_000_000 });
    expect(parseAmount('0.000001', 'wan')).toEqual({ ok: true, cents: 1 });
    expect(parseAmount('2000.5', 'wan')).toEqual({ ok: true, cents: 2_000_500_000 });
  });

  it('treats empty text as nothing entered', () => {
    expect(parseAmount('', 'yuan')).toEqual({ ok: true, cents: null });
    expect(parseAmount('   ', 'wan')).toEqual({ ok: true, cents: null });
  });

  it('rejects text that is not a plain non-negative decimal', () => {
    for (const text of ['-1', '1e3', 'abc', '1.2.3', '.', '¥5', '+3']) {
      expect(parseAmount(text, 'yuan')).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('rejects fractions of a fen but accepts trailing zeros', () => {
    expect(parseAmount('1.005', 'yuan')).toEqual({ ok: false, problem: 'precision' });
    expect(parseAmount('1.0000001', 'wan')).toEqual({ ok: false, problem: 'precision' });
    expect(parseAmount('1.500', 'yuan')).toEqual({ ok: true, cents: 150 });
  });

  it('rejects amounts beyond the safe integer range', () => {
    expect(parseAmount('99999999999999999', 'yuan')).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('formatAmount', () => {
  it('writes fen in the unit, exactly and without trailing zeros', () => {
    expect(formatAmount(1999, 'yuan')).toBe('19.99');
    expect(formatAmount(150, 'yuan')).toBe('1.5');
    expect(formatAmount(30000, 'yuan')).toBe('300');
    expect(formatAmount(5, 'yuan')).toBe('0.05');
    expect(formatAmount(0, 'yuan')).toBe('0');
    expect(formatAmount(300_000_000, 'wan')).toBe('300');
    expect(formatAmount(1, 'wan')).toBe('0.000001');
  });

  it('round-trips with parseAmount', () => {
    for (const cents of [0, 1, 99, 100, 123456, 987654321]) {
      for (const unit of ['yuan', 'wan'] as const) {
        expect(parseAmount(formatAmount(cents, unit), unit)).toEqual({ ok: true, cents });
      }
    }
  });

  it('refuses negative or fractional fen', () => {
    expect(() => formatAmount(-1, 'yuan')).toThrow(RangeError);
    expect(() => formatAmount(1.5, 'yuan')).toThrow(RangeError);
  });
});

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
