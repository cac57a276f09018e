/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * `CREDIT_CODE_ALPHABET`, the last one a check character over the first 17.
 *
 * With vᵢ the index of the i-th character in the alphabet and wᵢ the weights below, the check
 * character is the alphabet's character at index (31 − (Σ vᵢwᵢ mod 31)) mod 31.
 *
 * Only the overall check character is verified; the embedded organisation code (characters 9–17)
 * and the region part are not, because real codes exist whose parts do not pass stricter rules.
 */

/** 0–9 and the capital letters except I, O, S, V and Z. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const CREDIT_CODE_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

export const CREDIT_CODE_LENGTH = 18;

export type CreditCodeProblem = 'length' | 'charset' | 'checksum';

function hasOnlyAlphabetChars(text: string): boolean {
  for (const char of text) {
    if (!CREDIT_CODE_ALPHABET.includes(char)) return false;
  }
  return true;
}

/**
 * The check character for the first 17 characters of a code.
 * Throws a RangeError unless `first17` is exactly 17 characters of the alphabet (uppercase).
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) {
    throw new RangeError(`A credit code body has 17 characters, got ${first17.length}`);
  }
  if (!hasOnlyAlphabetChars(first17)) {
    throw new RangeError(`A credit code uses only ${CREDIT_CODE_ALPHABET}: "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]) * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * What is wrong with a credit code, checked in this order, or null when it is valid:
 * `length` (not 18 characters), `charset` (a character outside the alphabet — lowercase letters
 * and I, O, S, V, Z included), `checksum` (the last character is not the check character).
 * The code is taken as is: trim and upper-case user input before checking if that is wanted.
 */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== CREDIT_CODE_LENGTH) return 'length';
  if (!hasOnlyAlphabetChars(code)) return 'charset';
  const body = code.slice(0, CREDIT_CODE_LENGTH - 1);
  return creditCodeCheckChar(body) === code[CREDIT_CODE_LENGTH - 1] ? null : 'checksum';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
