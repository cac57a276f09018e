import type { ValidationError } from 'class-validator';
import { type FieldError, VALIDATION_CODES } from '@toolbox/contracts';

/** class-validator's name for the rule behind `forbidNonWhitelisted`. */
const WHITELIST = 'whitelistValidation';

/**
 * class-validator's nested errors as a flat list of `{ field, code, message }` (api-v1.md,
 * Conventions): `field` is the dotted path (`plans.0.priceCents`), `code` the failed rule's name
 * (`isEmail`, `min`, …), `unknownField` for a property the DTO does not know, and `required` —
 * once per field — when a property with rules is missing or `null`.
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
  } else if (missing && constraints.length > 0) {
    out.push({ field, code: VALIDATION_CODES.required, message: `${field} is required` });
  } else {
    for (const [code, text] of constraints) {
      out.push({ field, code, message: parent === '' ? text : `${parent}.${text}` });
    }
  }
  for (const child of error.children ?? []) collect(child, field, out);
}
