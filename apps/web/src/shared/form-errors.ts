import { type FieldError, VALIDATION_CODES } from '@toolbox/contracts/constants';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { describeError, isApiError } from '../lib';

/** A form field's name path: `['email']`, or `['plans', 0, 'price']` inside a Form.List. */
export type FormFieldName = (string | number)[];

/**
 * How a form's fields relate to the API's `errors[].field` (a dotted path such as `email` or
 * `plans.0.priceCents`).
 */
export interface FieldErrorMapping {
  /** API root field → form field, for every field the form shows (`{ email: 'email' }`). */
  fields: Readonly<Record<string, string>>;
  /**
   * Form.List fields: API root → (API item field → form item field). An error on
   * `plans.0.priceCents` then lands on `['plans', 0, 'price']`; other paths under it on the list.
   */
  lists?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The numbers of the rules (`{ password: { minLength: 10 } }`), for translated sentences. */
  limits?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface MappedFieldErrors {
  /** Ready for `form.setFields`: one entry per form field, its translated problems. */
  fields: { name: FormFieldName; errors: string[] }[];
  /** Translated problems that belong to no field of the form. */
  other: string[];
}

/** `plans.0.priceCents` → `['plans', 0, 'priceCents']` (numeric segments become indexes). */
export function splitFieldPath(field: string): (string | number)[] {
  if (field === '') return [];
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The form field an API field path belongs to, or null when the form has none. */
export function formFieldOf(field: string, mapping: FieldErrorMapping): FormFieldName | null {
  const [root, index, leaf] = splitFieldPath(field);
  if (typeof root !== 'string') return null;
  const list = mapping.lists?.[root];
  if (list !== undefined) {
    const formLeaf = typeof leaf === 'string' ? list[leaf] : undefined;
    if (typeof index === 'number' && formLeaf !== undefined) return [root, index, formLeaf];
    return [mapping.fields[root] ?? root];
  }
  const formField = mapping.fields[root];
  return formField === undefined ? null : [formField];
}

/**
 * One problem as a translated sentence, chosen by its code (never by the server's wording);
 * `limit` is the rule's number (a length or a bound) when the form knows it. Unknown codes, and
 * bounds without a known number, keep the server's (English, but specific) sentence.
 */
export function localizeFieldError(error: FieldError, t: TFunction, limit?: number): string {
  switch (error.code) {
    case 'isEmail':
      return t('validation.email');
    case VALIDATION_CODES.required:
    case VALIDATION_CODES.notNull:
    case 'isNotEmpty':
      return t('validation.required');
    case VALIDATION_CODES.noControlChars:
      return t('validation.controlChars');
    case 'isIn':
    case 'isEnum':
      return t('validation.oneOf');
    case 'isInt':
      return t('validation.integer');
    case VALIDATION_CODES.unknownField:
      return t('validation.unknownField', { field: error.field });
    case 'minLength':
      return limit === undefined ? error.message : t('validation.minLength', { count: limit });
    case 'maxLength':
      return limit === undefined ? error.message : t('validation.maxLength', { count: limit });
    case 'min':
      return limit === undefined ? error.message : t('validation.min', { count: limit });
    case 'max':
      return limit === undefined ? error.message : t('validation.max', { count: limit });
    default:
      return error.message;
  }
}

/** Groups the API's field errors under the form's fields (translated), the rest aside. */
export function mapFieldErrors(
  errors: readonly FieldError[],
  mapping: FieldErrorMapping,
  t: TFunction,
): MappedFieldErrors {
  const byName = new Map<string, { name: FormFieldName; errors: string[] }>();
  const other: string[] = [];
  for (const error of errors) {
    const root = error.field.split('.', 1)[0] ?? '';
    const text = localizeFieldError(error, t, mapping.limits?.[root]?.[error.code]);
    const name = formFieldOf(error.field, mapping);
    if (name === null) {
      other.push(text);
      continue;
    }
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], other };
}

/** The field errors of a validation 400 (none for any other error). */
export function validationErrorsOf(error: unknown): readonly FieldError[] | null {
  return isApiError(error) && error.status === 400 ? error.fieldErrors : null;
}

/** The part of an antd form that server errors are written to. */
export type FieldErrorTarget<Values> = Pick<FormInstance<Values>, 'setFields'>;

/**
 * After a failed save: a validation 400's problems go onto the form's fields; returns them (with
 * the problems that belong to no field), or null when the error was not a validation 400.
 */
export function showServerFieldErrors<Values>(
  form: FieldErrorTarget<Values>,
  error: unknown,
  mapping: FieldErrorMapping,
  t: TFunction,
): MappedFieldErrors | null {
  const errors = validationErrorsOf(error);
  if (errors === null) return null;
  const mapped = mapFieldErrors(errors, mapping, t);
  // The names come from the form's own mapping (FieldErrorMapping names its fields).
  form.setFields(mapped.fields as Parameters<FieldErrorTarget<Values>['setFields']>[0]);
  return mapped;
}

/**
 * The sentence above a form for a failed save: for a validation 400 the first problem that
 * belongs to no field (field problems are shown on the fields), else the error described.
 */
export function formErrorSummary(
  error: unknown,
  mapping: FieldErrorMapping,
  t: TFunction,
): string | null {
  if (!error) return null;
  const errors = validationErrorsOf(error);
  if (errors === null) return describeError(error, t);
  return mapFieldErrors(errors, mapping, t).other[0] ?? null;
}
