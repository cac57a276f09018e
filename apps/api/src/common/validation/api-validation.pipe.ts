import { BadRequestException, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './field-errors.js';

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
