import type { ValidationError } from 'class-validator';
import { type FieldError, VALIDATION_CODES } from '@toolbox/contracts';

/** class-validator's name for the rule behind `forbidNonWhitelisted`. */
const WHITELIST = 'whitelistValidation';
/** The rule of `@OptionalNotNull()` (libs/contracts): a field that may be left out but not be null. */
const NOT_NULL = 'notNull';

/**
 * class-validator's nested errors as a flat list of `{ field, code, message }` (api-v1.md,
 * Conventions): `field` is the dotted path (`plans.0.priceCents`), `code` the failed rule's name
 * (`isEmail`, `min`, …), `unknownField` for a property the DTO does not know, and `required` —
 * once per field — when a property with rules is missing or `null`; `notNull`, once, when an
 * optional field that cannot be null (`@OptionalNotNull()`) is `null`.
 */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) collect(error, parent, out);
  return out;
}

function collect(error: ValidationError, parent: string, out: FieldError[]): void {
  const field = parent === '' ? error.property : `${parent}.${error.property}`;
  const constraints = Object.entries(error.constraints ?? {});
  const missing = error.value === undefined || error.value === null;
  if (constraints.some(([name]) => name === WHITELIST)) {
    out.push({
      field,
      code: VALIDATION_CODES.unknownField,
      message: `property ${field} should not exist`,
    });
  } else if (error.value === null && constraints.some(([name]) => name === NOT_NULL)) {
    out.push({ field, code: VALIDATION_CODES.notNull, message: `${field} must not be null` });
  } else if (missing && constraints.length > 0) {
    out.push({ field, code: VALIDATION_CODES.required, message: `${field} is required` });
  } else {
    for (const [code, text] of constraints) {
      out.push({ field, code, message: parent === '' ? text : `${parent}.${text}` });
    }
  }
  for (const child of error.children ?? []) collect(child, field, out);
}
