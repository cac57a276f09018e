import { CREDIT_CODE_ALPHABET, CREDIT_CODE_LENGTH, type CreditCodeProblem } from '@toolbox/domain';
import type { TFunction } from 'i18next';

/** Where the first character outside the credit-code alphabet is (1-based), and which it is. */
export function firstInvalidChar(code: string): { position: number; char: string } | null {
  const chars = [...code];
  const index = chars.findIndex((char) => !CREDIT_CODE_ALPHABET.includes(char));
  return index === -1 ? null : { position: index + 1, char: chars[index] ?? '' };
}

/** A sentence saying what is wrong with a credit code and how to fix it. */
export function creditCodeMessage(problem: CreditCodeProblem, code: string, t: TFunction): string {
  switch (problem) {
    case 'length':
      return t('smes.profile.creditCodeProblems.length', {
        expected: CREDIT_CODE_LENGTH,
        count: code.length,
      });
    case 'charset': {
      const invalid = firstInvalidChar(code);
      return t('smes.profile.creditCodeProblems.charset', {
        position: invalid?.position ?? 0,
        char: invalid?.char ?? '',
      });
    }
    case 'checksum':
      return t('smes.profile.creditCodeProblems.checksum');
  }
}
