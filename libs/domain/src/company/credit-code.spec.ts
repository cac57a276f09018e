import { describe, expect, it } from '@jest/globals';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
} from './credit-code.js';

/**
 * Real, publicly cited codes. Checked by hand, e.g. 91350100M000100Y43:
 * Σ vᵢwᵢ = 9·1 + 1·3 + 3·9 + 5·27 + 1·26 + 21·20 + 1·8 + 30·30 + 4·28 = 1640; 1640 mod 31 = 28;
 * 31 − 28 = 3 → '3'. And 91110000802100433B: Σ = 485; 485 mod 31 = 20; 31 − 20 = 11 → 'B'.
 */
const REAL_CODES = [
  '91350100M000100Y43',
  '91110000802100433B',
  '91440300708461136T',
  '914403001922038216',
];

describe('credit code', () => {
  it('the alphabet has 31 characters and leaves out I, O, S, V and Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (const letter of 'IOSVZ') expect(CREDIT_CODE_ALPHABET).not.toContain(letter);
  });

  describe('creditCodeCheckChar', () => {
    const sut = creditCodeCheckChar;

    it.each(REAL_CODES)('computes the check character of %s', (code) => {
      expect(sut(code.slice(0, 17))).toBe(code[17]);
    });

    it('maps a weighted sum divisible by 31 to "0" (the outer mod 31)', () => {
      // Σ = 1178 = 31 · 38
      expect(sut('91330106MA2000015')).toBe('0');
    });

    it('maps a weighted sum of 1 mod 31 to "Y", the last character of the alphabet', () => {
      // Σ = 1148 = 31 · 37 + 1
      expect(sut('91330106MA2000005')).toBe('Y');
    });

    it('gives "0" for all zeros', () => {
      expect(sut('00000000000000000')).toBe('0');
    });

    it.each(['', '9135010', '91350100M000100Y4X', '91350100M000100Y'])(
      'throws for the wrong length %p',
      (body) => {
        expect(() => sut(body)).toThrow(RangeError);
      },
    );

    it.each(['91350100m000100Y4', '91350100I000100Y4', '91350100O000100Y4', '9135010-M000100Y4'])(
      'throws for characters outside the alphabet: %p',
      (body) => {
        expect(() => sut(body)).toThrow(RangeError);
      },
    );
  });

  describe('isValidCreditCode / creditCodeProblem', () => {
    it.each(REAL_CODES)('accepts the real code %s', (code) => {
      expect(isValidCreditCode(code)).toBe(true);
      expect(creditCodeProblem(code)).toBeNull();
    });

    it('accepts computed codes, including check characters "0" and "Y"', () => {
      for (const body of ['91330106MA2000015', '91330106MA2000005', '12100000400000624']) {
        expect(isValidCreditCode(body + creditCodeCheckChar(body))).toBe(true);
      }
      expect(isValidCreditCode('91330106MA20000150')).toBe(true);
      expect(isValidCreditCode('91330106MA2000005Y')).toBe(true);
    });

    it('rejects every wrong check character of a real code', () => {
      const body = '91350100M000100Y4';
      const wrong = [...CREDIT_CODE_ALPHABET].filter((char) => char !== '3');
      expect(wrong).toHaveLength(30);
      for (const char of wrong) {
        expect(creditCodeProblem(body + char)).toBe('checksum');
        expect(isValidCreditCode(body + char)).toBe(false);
      }
    });

    it('rejects a code with two characters swapped', () => {
      expect(creditCodeProblem('91350100M000010Y43')).toBe('checksum');
    });

    it.each(['', '91350100M000100Y4', '91350100M000100Y433', ' 91350100M000100Y43'])(
      'reports the length of %p',
      (code) => {
        expect(creditCodeProblem(code)).toBe('length');
        expect(isValidCreditCode(code)).toBe(false);
      },
    );

    it('rejects lowercase (codes are taken as is)', () => {
      expect(creditCodeProblem('91350100m000100y43')).toBe('charset');
      expect(creditCodeProblem('91110000802100433b')).toBe('charset');
    });

    it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s', (letter) => {
      const code = `91350100${letter}000100Y43`;
      expect(code).toHaveLength(18);
      expect(creditCodeProblem(code)).toBe('charset');
      expect(isValidCreditCode(code)).toBe(false);
    });

    it('rejects punctuation, spaces and full-width characters of the right length', () => {
      expect(creditCodeProblem('91350100-000100Y43')).toBe('charset');
      expect(creditCodeProblem('91350100 000100Y43')).toBe('charset');
      expect(creditCodeProblem('９1350100M000100Y43')).toBe('charset');
    });

    it('reports the length before the characters', () => {
      expect(creditCodeProblem('abc')).toBe('length');
    });
  });
});
