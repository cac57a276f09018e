import { type ArgumentMetadata, BadRequestException, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { VALIDATION_CODES } from '@toolbox/contracts';
import { toFieldErrors } from './field-errors.js';

/**
 * How deep a body or query may nest arrays and objects. The deepest legitimate body (an offering
 * with its plans, assessment answers) is 3 levels; class-transformer recurses once a level, so a
 * 10 KB body of 5 000 nested arrays would overflow the stack.
 */
export const MAX_INPUT_DEPTH = 32;

/** The nesting depth of a JSON value, counted without recursion (a hostile value cannot overflow it). */
export function exceedsDepth(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A lone surrogate: a string JSON can carry (`"\ud800"`) that is not Unicode text. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The dotted path of the first string (value or key) in `value` that is not well-formed Unicode,
 * or undefined. Validators downstream (`isEmail`'s `encodeURI`) throw on such strings. Iterative,
 * so it is safe on any input `exceedsDepth` let through.
 */
export function illFormedStringAt(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      if (LONE_SURROGATE.test(v)) return path;
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    for (const [key, child] of Object.entries(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (LONE_SURROGATE.test(key)) return at;
      stack.push([child, at]);
    }
  }
  return undefined;
}

/**
 * The global validation rules: unknown fields are a 400 naming them; payloads become DTO
 * instances. Every 400 lists its problems as sentences (`message`, as Nest writes them) and as
 * `errors: [{ field, code, message }]` that clients map by field and code.
 */
export class ApiValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      stopAtFirstError: false,
    });
  }

  /**
   * Refuses over-deep input before class-transformer walks it (400, `tooDeep`), and strings that
   * are not well-formed Unicode before a validator chokes on them (400, `invalidUnicode`).
   */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (exceedsDepth(value, MAX_INPUT_DEPTH)) {
      const message = `the ${metadata.type === 'query' ? 'query' : 'request body'} nests arrays or objects more than ${MAX_INPUT_DEPTH} levels deep`;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message,
        errors: [{ field: '', code: VALIDATION_CODES.tooDeep, message }],
      });
    }
    const field = illFormedStringAt(value);
    if (field !== undefined) {
      const message = `${field === '' ? 'the value' : field} is not valid Unicode text`;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message,
        errors: [{ field, code: VALIDATION_CODES.invalidUnicode, message }],
      });
    }
    return (await super.transform(value, metadata)) as unknown;
  }

  override createExceptionFactory(): (errors?: ValidationError[]) => unknown {
    return (all: ValidationError[] = []) => {
      // Nest's own bound on how many problems one answer lists (a huge body stays a small 400).
      const budget = { remaining: this.maxErrorMessagesLength, isExceeded: false };
      const errors = this.limitValidationErrors(all, budget);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: this.flattenValidationErrors(errors),
        errors: toFieldErrors(errors),
      });
    };
  }
}
