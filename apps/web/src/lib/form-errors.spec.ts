import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { localizeValidationMessage, splitValidationMessages } from './form-errors';

/** Echoes the key and options, so assertions see which translation was chosen. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('splitValidationMessages', () => {
  it('groups messages under the field they start with, and keeps the rest aside', () => {
    const sut = splitValidationMessages(
      [
        'password must be at least 10 characters',
        'email must be a valid email address',
        'property foo should not exist',
        'name.first must not be empty',
      ],
      ['email', 'password', 'name'] as const,
    );
    expect(sut.byField).toEqual({
      password: ['password must be at least 10 characters'],
      email: ['email must be a valid email address'],
      name: ['name.first must not be empty'],
    });
    expect(sut.other).toEqual(['property foo should not exist']);
  });
});

describe('localizeValidationMessage', () => {
  it('translates the phrasings the API uses', () => {
    expect(localizeValidationMessage('email must be a valid email address', t)).toBe(
      'validation.email',
    );
    expect(localizeValidationMessage('password must be at least 10 characters', t)).toBe(
      'validation.passwordMin{"count":10}',
    );
    expect(localizeValidationMessage('name must not be empty', t)).toBe('validation.required');
    expect(
      localizeValidationMessage('name must be shorter than or equal to 100 characters', t),
    ).toBe('validation.maxLength{"count":100}');
    expect(localizeValidationMessage('role must be one of: sme, provider', t)).toBe(
      'validation.oneOf',
    );
  });

  it('keeps a message it does not recognise', () => {
    expect(localizeValidationMessage('email is on a blocklist', t)).toBe('email is on a blocklist');
  });
});
