import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import type { ValidationError } from 'class-validator';
import { toFieldErrors as sut } from './field-errors.js';

function error(
  property: string,
  value: unknown,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  const e: ValidationError = { property, value, constraints, children };
  return e;
}

describe('toFieldErrors', () => {
  it('gives one entry per failed rule, coded by the rule', () => {
    expect(
      sut([error('email', 'x', { isEmail: 'email must be an email', maxLength: 'too long' })]),
    ).toEqual([
      { field: 'email', code: 'isEmail', message: 'email must be an email' },
      { field: 'email', code: 'maxLength', message: 'too long' },
    ]);
  });

  it('names nested fields by their dotted path', () => {
    const plans = error('plans', [], undefined, [
      error('1', {}, undefined, [
        error('priceCents', -1, { min: 'priceCents must not be less than 0' }),
      ]),
    ]);
    expect(sut([plans])).toEqual([
      {
        field: 'plans.1.priceCents',
        code: 'min',
        message: 'plans.1.priceCents must not be less than 0',
      },
    ]);
  });

  it('says "required" once for a missing or null field', () => {
    const rules = { isString: 'name must be a string', minLength: 'name must not be empty' };
    expect(sut([error('name', undefined, rules), error('title', null, rules)])).toEqual([
      { field: 'name', code: 'required', message: 'name is required' },
      { field: 'title', code: 'required', message: 'title is required' },
    ]);
  });

  it('says "notNull" once for a null in a field that may be left out but not cleared', () => {
    const rules = { notNull: 'title must not be null', isString: 'title must be a string' };
    expect(sut([error('title', null, rules)])).toEqual([
      { field: 'title', code: 'notNull', message: 'title must not be null' },
    ]);
  });

  it('codes unknown fields as unknownField, even when their value is null', () => {
    expect(
      sut([error('isAdmin', null, { whitelistValidation: 'property isAdmin should not exist' })]),
    ).toEqual([
      { field: 'isAdmin', code: 'unknownField', message: 'property isAdmin should not exist' },
    ]);
  });
});
