import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';

import {
  atLeastOneRule,
  emailRules,
  maxLengthRule,
  passwordRules,
  requiredRule,
} from './form-rules';

const t = ((key: string, options?: { count?: number }) =>
  options?.count === undefined ? key : `${key}:${options.count}`) as unknown as TFunction;

describe('form rules', () => {
  it('requires non-blank text unless told spaces count', () => {
    expect(requiredRule('needed')).toEqual({ required: true, whitespace: true, message: 'needed' });
    expect(requiredRule('needed', false)).toEqual({ required: true, message: 'needed' });
  });

  it('asks for at least one value of a list', () => {
    expect(atLeastOneRule('pick one')).toEqual({
      type: 'array',
      min: 1,
      required: true,
      message: 'pick one',
    });
  });

  it('limits the length with the shared message', () => {
    expect(maxLengthRule(t, 120)).toEqual({ max: 120, message: 'validation.maxLength:120' });
  });

  it('checks an e-mail address: present, well formed, not too long', () => {
    expect(emailRules(t, 254)).toEqual([
      { required: true, whitespace: true, message: 'validation.emailRequired' },
      { type: 'email', message: 'validation.email' },
      { max: 254, message: 'validation.maxLength:254' },
    ]);
  });

  it('checks a password: present, long enough when a minimum is given, not too long', () => {
    expect(passwordRules(t, { max: 128 })).toEqual([
      { required: true, message: 'validation.passwordRequired' },
      { max: 128, message: 'validation.maxLength:128' },
    ]);
    expect(passwordRules(t, { min: 8, max: 128 })[1]).toEqual({
      min: 8,
      message: 'validation.passwordMin:8',
    });
  });
});
