import { describe, expect, it, jest } from '@jest/globals';
import type { FieldError } from '@toolbox/contracts/constants';
import type { TFunction } from 'i18next';
import { ApiError } from '../lib';
import {
  type FieldErrorMapping,
  formErrorSummary,
  formFieldOf,
  localizeFieldError,
  mapFieldErrors,
  showServerFieldErrors,
  splitFieldPath,
} from './form-errors';

/** Echoes the key and options, so assertions see which translation was chosen. */
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key}${JSON.stringify(options)}` : key) as unknown as TFunction;

const fe = (field: string, code: string, message = `${field} is wrong (${code})`): FieldError => ({
  field,
  code,
  message,
});

const OFFERING: FieldErrorMapping = {
  fields: { title: 'title', plans: 'plans', tags: 'tags' },
  lists: { plans: { name: 'name', priceCents: 'price' } },
  limits: { title: { maxLength: 80 } },
};

describe('splitFieldPath', () => {
  it('turns numeric segments into list indexes', () => {
    expect(splitFieldPath('plans.0.priceCents')).toEqual(['plans', 0, 'priceCents']);
    expect(splitFieldPath('email')).toEqual(['email']);
    expect(splitFieldPath('')).toEqual([]);
  });
});

describe('formFieldOf', () => {
  it('maps a root field through the form’s names', () => {
    const mapping: FieldErrorMapping = { fields: { annualRevenueCents: 'annualRevenueWan' } };
    expect(formFieldOf('annualRevenueCents', mapping)).toEqual(['annualRevenueWan']);
    expect(formFieldOf('creditCode', mapping)).toBeNull();
    expect(formFieldOf('', mapping)).toBeNull();
  });

  it('maps a Form.List item field to its full path, renaming the leaf', () => {
    expect(formFieldOf('plans.1.priceCents', OFFERING)).toEqual(['plans', 1, 'price']);
    expect(formFieldOf('plans.0.name', OFFERING)).toEqual(['plans', 0, 'name']);
  });

  it('puts errors on the list itself when the item field is not in the form', () => {
    expect(formFieldOf('plans', OFFERING)).toEqual(['plans']);
    expect(formFieldOf('plans.0.unknown', OFFERING)).toEqual(['plans']);
  });

  it('maps nested paths of a plain field to its root', () => {
    expect(formFieldOf('tags.3', OFFERING)).toEqual(['tags']);
  });
});

describe('localizeFieldError', () => {
  it('translates by code, never by wording', () => {
    expect(localizeFieldError(fe('email', 'isEmail', 'whatever the server says'), t)).toBe(
      'validation.email',
    );
    expect(localizeFieldError(fe('name', 'isNotEmpty'), t)).toBe('validation.required');
    expect(localizeFieldError(fe('name', 'required'), t)).toBe('validation.required');
    expect(localizeFieldError(fe('name', 'notNull'), t)).toBe('validation.required');
    expect(localizeFieldError(fe('name', 'noControlChars'), t)).toBe('validation.controlChars');
    expect(localizeFieldError(fe('role', 'isIn'), t)).toBe('validation.oneOf');
    expect(localizeFieldError(fe('days', 'isInt'), t)).toBe('validation.integer');
    expect(localizeFieldError(fe('foo', 'unknownField'), t)).toBe(
      'validation.unknownField{"field":"foo"}',
    );
  });

  it('uses the rule’s number when the form knows it', () => {
    expect(localizeFieldError(fe('password', 'minLength'), t, 10)).toBe(
      'validation.minLength{"count":10}',
    );
    expect(localizeFieldError(fe('name', 'maxLength'), t, 100)).toBe(
      'validation.maxLength{"count":100}',
    );
    expect(localizeFieldError(fe('employees', 'min'), t, 1)).toBe('validation.min{"count":1}');
    expect(localizeFieldError(fe('employees', 'max'), t, 5)).toBe('validation.max{"count":5}');
  });

  it('keeps the server’s sentence for unknown codes and bounds without a number', () => {
    expect(localizeFieldError(fe('creditCode', 'isCreditCode', 'creditCode checksum'), t)).toBe(
      'creditCode checksum',
    );
    expect(localizeFieldError(fe('name', 'maxLength', 'name is too long'), t)).toBe(
      'name is too long',
    );
  });
});

describe('mapFieldErrors', () => {
  it('groups problems by form field and keeps the others aside', () => {
    const sut = mapFieldErrors(
      [
        fe('title', 'maxLength'),
        fe('title', 'isNotEmpty'),
        fe('plans.0.priceCents', 'min', 'plans.0.priceCents must not be less than 0'),
        fe('plans.0.priceCents', 'isInt'),
        fe('secret', 'unknownField'),
        fe('', 'invalidJson', 'The body is not valid JSON'),
      ],
      OFFERING,
      t,
    );
    expect(sut.fields).toEqual([
      { name: ['title'], errors: ['validation.maxLength{"count":80}', 'validation.required'] },
      {
        name: ['plans', 0, 'price'],
        errors: ['plans.0.priceCents must not be less than 0', 'validation.integer'],
      },
    ]);
    expect(sut.other).toEqual([
      'validation.unknownField{"field":"secret"}',
      'The body is not valid JSON',
    ]);
  });
});

describe('showServerFieldErrors and formErrorSummary', () => {
  const mapping: FieldErrorMapping = { fields: { email: 'email' } };
  const invalid = new ApiError(
    400,
    ['email must be an email', 'property x should not exist'],
    undefined,
    {
      fieldErrors: [fe('email', 'isEmail'), fe('x', 'unknownField')],
    },
  );

  it('sets a validation 400’s field problems on the form', () => {
    const setFields = jest.fn();
    const mapped = showServerFieldErrors({ setFields }, invalid, mapping, t);
    expect(setFields).toHaveBeenCalledWith([{ name: ['email'], errors: ['validation.email'] }]);
    expect(mapped?.other).toEqual(['validation.unknownField{"field":"x"}']);
  });

  it('leaves the form alone for other errors', () => {
    const setFields = jest.fn();
    const conflict = new ApiError(409, ['taken'], 'EMAIL_TAKEN');
    expect(showServerFieldErrors({ setFields }, conflict, mapping, t)).toBeNull();
    expect(setFields).not.toHaveBeenCalled();
  });

  it('summarises what belongs to no field, or describes a non-validation error', () => {
    expect(formErrorSummary(invalid, mapping, t)).toBe('validation.unknownField{"field":"x"}');
    expect(formErrorSummary(new ApiError(500, ['boom']), mapping, t)).toBe('errors.server');
    expect(formErrorSummary(null, mapping, t)).toBeNull();
  });
});
