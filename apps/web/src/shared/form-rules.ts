import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** A required field; blank text counts as missing unless `whitespace` is false. */
export function requiredRule(message: string, whitespace = true): FormRule {
  return whitespace ? { required: true, whitespace: true, message } : { required: true, message };
}

/** A list field (checkboxes, multi-select) with at least one value picked. */
export function atLeastOneRule(message: string): FormRule {
  return { type: 'array', min: 1, required: true, message };
}

/** At most `max` characters, with the shared "at most N characters" message. */
export function maxLengthRule(t: TFunction, max: number): FormRule {
  return { max, message: t('validation.maxLength', { count: max }) };
}

/** Required, an e-mail address, at most `max` characters. */
export function emailRules(t: TFunction, max: number): FormRule[] {
  return [
    requiredRule(t('validation.emailRequired')),
    { type: 'email', message: t('validation.email') },
    maxLengthRule(t, max),
  ];
}

/** Required (spaces count), at least `min` characters when given, at most `max`. */
export function passwordRules(t: TFunction, limits: { min?: number; max: number }): FormRule[] {
  return [
    requiredRule(t('validation.passwordRequired'), false),
    ...(limits.min === undefined
      ? []
      : [{ min: limits.min, message: t('validation.passwordMin', { count: limits.min }) }]),
    maxLengthRule(t, limits.max),
  ];
}
