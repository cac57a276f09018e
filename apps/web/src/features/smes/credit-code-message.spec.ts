import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { creditCodeMessage, firstInvalidChar } from './credit-code-message';

const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('credit code messages', () => {
  it('finds the first character outside the alphabet', () => {
    expect(firstInvalidChar('91350100M000100Y43')).toBeNull();
    expect(firstInvalidChar('91350100I000100Y43')).toEqual({ position: 9, char: 'I' });
    expect(firstInvalidChar('9135-0100')).toEqual({ position: 5, char: '-' });
  });

  it('says how long the code is and should be', () => {
    expect(creditCodeMessage('length', '9135', t)).toBe(
      'smes.profile.creditCodeProblems.length{"expected":18,"count":4}',
    );
  });

  it('points at the bad character', () => {
    expect(creditCodeMessage('charset', '91350100O000100Y43', t)).toBe(
      'smes.profile.creditCodeProblems.charset{"position":9,"char":"O"}',
    );
  });

  it('explains a wrong check character', () => {
    expect(creditCodeMessage('checksum', '91350100M000100Y44', t)).toBe(
      'smes.profile.creditCodeProblems.checksum',
    );
  });
});
